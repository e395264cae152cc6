import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Language, theme, auto-lock, and where the data lives.
ItsPage {
    id: page

    objectName: "settingsPage"
    title: qsTr("Settings")
    readonly property AppSettings settings: AppController.settings
    property alias callAudioPolicy: callAudioPolicy

    CallAudioPolicy {
        id: callAudioPolicy
        session: AppController.session
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingXl
            width: Math.min(page.width - 2 * Theme.spacingL, Theme.maxContentWidth)
            spacing: Theme.spacingL

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Language"); role: "title" }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Repeater {
                            model: [
                                { code: "system", name: qsTr("Follow the system") },
                                { code: "it", name: qsTr("Italiano") },
                                { code: "en", name: qsTr("English") }
                            ]
                            delegate: ItsChip {
                                required property var modelData
                                objectName: "settingsLanguage_" + modelData.code
                                text: modelData.name
                                checked: AppController.settings.language === modelData.code
                                onClicked: AppController.settings.language = modelData.code
                            }
                        }
                    }
                }
            }

            // The company's rule for evidence, kept in the vault. Off by default.
            ItsCard {
                objectName: "companyPolicyCard"
                Layout.fillWidth: true
                visible: AppController.session.unlocked
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Company policy"); role: "title" }
                    ItsSwitch {
                        objectName: "callAudioPolicySwitch"
                        Layout.fillWidth: true
                        text: qsTr("Allow recording call audio on speaker")
                        checked: callAudioPolicy.allowed
                        onToggled: callAudioPolicy.allowed = checked
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        wrapMode: Text.Wrap
                        text: qsTr("Turn on only where your company's policy and the law allow it. Each time, the app shows the sentence to say first and notes in the contact's log that you said it.")
                    }
                    ItsBanner {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        tone: "danger"
                        text: callAudioPolicy.errorString
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Appearance"); role: "title" }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Repeater {
                            model: [
                                { code: "system", name: qsTr("Follow the system") },
                                { code: "light", name: qsTr("Light") },
                                { code: "dark", name: qsTr("Dark") }
                            ]
                            delegate: ItsChip {
                                required property var modelData
                                objectName: "settingsTheme_" + modelData.code
                                text: modelData.name
                                checked: AppController.settings.themeMode === modelData.code
                                onClicked: AppController.settings.themeMode = modelData.code
                            }
                        }
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Automatic lock"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("The vault also locks whenever the app goes to the background.")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Repeater {
                            model: [1, 2, 5, 10, 15, 30, 0]
                            delegate: ItsChip {
                                required property int modelData
                                objectName: "autoLock_" + modelData
                                text: modelData === 0 ? qsTr("Never when idle")
                                                      : qsTr("%n min", "", modelData)
                                Accessible.name: modelData === 0 ? text
                                                 : qsTr("Lock after %n idle minute(s)", "", modelData)
                                checked: AppController.settings.autoLockMinutes === modelData
                                onClicked: AppController.settings.autoLockMinutes = modelData
                            }
                        }
                    }
                    ItsButton {
                        objectName: "settingsLockButton"
                        kind: "danger"
                        text: qsTr("Lock now")
                        onClicked: AppController.lockNow()
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Unlock on this device"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: AppController.deviceUnlock.available
                              ? qsTr("Keep the passphrase in this device's keychain and unlock with one tap. The passphrase is still asked every few days.")
                              : qsTr("Not available here: %1. The app will keep asking for the passphrase.").arg(AppController.deviceUnlock.unavailableReason)
                    }
                    ItsSwitch {
                        objectName: "deviceUnlockSwitch"
                        Layout.fillWidth: true
                        visible: AppController.deviceUnlock.available
                        text: qsTr("Unlock on this device")
                        checked: page.settings.deviceUnlock
                        onToggled: page.settings.deviceUnlock = checked
                    }
                    // The passphrase is not in memory while unlocked: say when the switch acts.
                    ItsBanner {
                        objectName: "deviceUnlockPending"
                        Layout.fillWidth: true
                        visible: AppController.deviceUnlock.waitingForPassphrase
                        tone: "info"
                        text: qsTr("Takes effect at your next unlock with the passphrase: the app keeps it in this device's keychain then. Until then, unlocking asks for the passphrase as before.")
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: AppController.deviceUnlock.available && page.settings.deviceUnlock
                        spacing: Theme.spacingS
                        Repeater {
                            model: [1, 7, 14, 30]
                            delegate: ItsChip {
                                required property int modelData
                                text: qsTr("Every %n day(s)", "", modelData)
                                checked: AppController.settings.deviceUnlockDays === modelData
                                onClicked: AppController.settings.deviceUnlockDays = modelData
                            }
                        }
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Role"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        text: page.settings.role === "review"
                              ? qsTr("CCO review: the Review section sets up your circle and reads the summaries. The team role comes in a later version.")
                              : qsTr("Executive. Join your CCO's review circle to send them your walks' summaries. The team role comes in a later version.")
                    }
                    ItsButton {
                        objectName: "reviewCircleButton"
                        text: qsTr("Review circle")
                        Accessible.name: qsTr("Join or check your CCO's review circle")
                        onClicked: page.StackView.view.push(Qt.resolvedUrl("../sync/ReviewEnrollPage.qml"))
                    }
                }
            }

            SyncAccountCard {
                Layout.fillWidth: true
                address: AppController.outbox.targetAddress
            }

            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("About this device"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        wrapMode: Text.WrapAnywhere
                        text: qsTr("Encrypted vault: %1").arg(AppController.session.vaultDir)
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("Platform: %1").arg(AppController.platformName)
                    }
                }
            }
        }
    }
}
