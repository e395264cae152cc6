import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Unlock with the passphrase, or recover with the recovery code (which sets a new passphrase).
// A wrong passphrase is explained in place; the vault files are never modified by a failure.
ItsPage {
    id: page

    objectName: "unlockPage"
    title: qsTr("Unlock")
    showToolBar: false

    property bool recovering: false
    readonly property VaultSession session: AppController.session

    function submitUnlock() {
        if (passphraseField.text.length > 0 && !page.session.busy)
            page.session.unlock(passphraseField.text)
    }
    Connections {
        target: page.session
        function onFailed() {
            passphraseField.field.selectAll()
            passphraseField.field.forceActiveFocus()
        }
    }
    Component.onCompleted: passphraseField.field.forceActiveFocus()

    Flickable {
        anchors.fill: parent
        contentHeight: column.y + column.implicitHeight + Theme.spacingXxl
        clip: true

        // Column, not ColumnLayout: this is the first screen on every start (see ItsTextField).
        Column {
            id: column
            x: (parent.width - width) / 2
            // A third of the way down on tall windows, at the top on short ones.
            y: Math.max(Theme.spacingXxl, (page.height - implicitHeight) / 3)
            width: Math.min(page.width - 2 * Theme.spacingXl, 480)
            spacing: Theme.spacingL

            ItsLabel {
                width: parent.width
                role: "headline"
                text: qsTr("InTheirShoes")
                Accessible.role: Accessible.Heading
            }
            ItsLabel {
                width: parent.width
                muted: true
                text: page.recovering ? qsTr("Enter the recovery code you wrote down when you created the vault, then choose a new passphrase.")
                                      : qsTr("Your observations are encrypted on this device. Enter your passphrase to open them.")
            }
            ItsBanner {
                objectName: "lockReasonBanner"
                width: parent.width
                visible: AppController.lockReason.length > 0 && !page.recovering
                tone: "info"
                text: AppController.lockReason === "background"
                      ? qsTr("Locked because the app went to the background.")
                      : qsTr("Locked after %n idle minute(s).", "", AppController.settings.autoLockMinutes)
            }
            // The key file without its vault.db: no passphrase or recovery code can help, and
            // nothing is created in its place. Said before anyone types, and after every try.
            ItsBanner {
                objectName: "vaultDamagedBanner"
                width: parent.width
                visible: page.session.damaged
                tone: "danger"
                text: qsTr("This vault is damaged: its key file is here, but vault.db is missing or empty. Nothing was changed and no new vault was created. Restore the whole vault folder from a backup. The recovery code replaces a forgotten passphrase; it cannot bring back lost data.")
            }
            ItsBanner {
                objectName: "unlockError"
                width: parent.width
                visible: page.session.errorMessage.length > 0 && !page.session.damaged
                tone: "danger"
                text: page.session.errorMessage
            }

            ItsTextField {
                id: passphraseField
                objectName: "passphraseField"
                width: parent.width
                visible: !page.recovering
                label: qsTr("Passphrase")
                echoMode: TextInput.Password
                enabled: !page.session.busy
                onAccepted: page.submitUnlock()
            }
            ItsButton {
                objectName: "unlockButton"
                width: parent.width
                visible: !page.recovering
                kind: "primary"
                text: page.session.busy ? qsTr("Unlocking\u2026") : qsTr("Unlock")
                enabled: passphraseField.text.length > 0 && !page.session.busy
                onClicked: page.submitUnlock()
            }

            // Built only when asked for: keeps the unlock screen's first frame light.
            ItsButton {
                objectName: "deviceUnlockButton"
                width: parent.width
                visible: !page.recovering && AppController.deviceUnlock.offered
                text: qsTr("Unlock with this device")
                enabled: !page.session.busy
                onClicked: AppController.deviceUnlock.unlock()
            }
            ItsBanner {
                width: parent.width
                visible: AppController.deviceUnlock.errorMessage.length > 0 && !page.recovering
                tone: "warning"
                text: AppController.deviceUnlock.errorMessage
            }

            Loader {
                width: parent.width
                active: page.recovering
                visible: active
                sourceComponent: RecoveryForm {}
            }

            Loader {
                anchors.horizontalCenter: parent.horizontalCenter
                active: page.session.busy
                visible: active
                sourceComponent: BusyIndicator {
                    running: true
                    Accessible.name: qsTr("Working")
                }
            }

            ItsButton {
                objectName: "toggleRecoveryButton"
                width: parent.width
                kind: "flat"
                text: page.recovering ? qsTr("Back to passphrase") : qsTr("Forgot the passphrase? Use the recovery code")
                enabled: !page.session.busy
                onClicked: {
                    page.session.clearError()
                    page.recovering = !page.recovering
                }
            }
        }
    }
}
