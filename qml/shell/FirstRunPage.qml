import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// First run in three steps: language and role, then the passphrase (with a strength meter),
// then the recovery code, shown once. Home opens only after "I wrote it down".
ItsPage {
    id: page

    objectName: "firstRunPage"
    title: qsTr("Welcome")
    showToolBar: false

    // 0: language and role, 1: passphrase, 2: recovery code
    property int step: 0
    property string recoveryCode
    readonly property VaultSession session: AppController.session
    readonly property int strength: PassphraseMeter.score(passField.text)
    readonly property bool passphraseReady: strength >= PassphraseMeter.minimumScore
                                            && passField.text === confirmField.text

    function createVault() {
        if (page.passphraseReady && !page.session.busy)
            page.session.create(passField.text)
    }

    Connections {
        target: page.session
        function onCreated(code) {
            page.recoveryCode = code
            passField.text = ""
            confirmField.text = ""
            page.step = 2
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXxl
        clip: true

        ColumnLayout {
            id: column
            x: (parent.width - width) / 2
            y: Theme.spacingXxl
            width: Math.min(page.width - 2 * Theme.spacingXl, 520)
            spacing: Theme.spacingL

            ItsLabel {
                Layout.fillWidth: true
                role: "caption"
                muted: true
                text: qsTr("Step %1 of 3").arg(page.step + 1)
            }
            ItsLabel {
                Layout.fillWidth: true
                role: "headline"
                Accessible.role: Accessible.Heading
                text: page.step === 0 ? qsTr("Welcome to InTheirShoes")
                    : page.step === 1 ? qsTr("Protect your observations")
                                      : qsTr("Your recovery code")
            }

            // Step 0: language and role
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 0
                spacing: Theme.spacingL

                ItsLabel {
                    Layout.fillWidth: true
                    muted: true
                    text: qsTr("Walk your company's customer journeys as a customer would, and record what you find. Everything stays encrypted on this device.")
                }
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
                            objectName: "language_" + modelData.code
                            text: modelData.name
                            checked: AppController.settings.language === modelData.code
                            onClicked: AppController.settings.language = modelData.code
                        }
                    }
                }
                ItsLabel { Layout.fillWidth: true; text: qsTr("Your role"); role: "title" }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    ItsChip {
                        objectName: "roleExecutive"
                        checkable: false // checked follows the setting
                        text: qsTr("Executive")
                        checked: AppController.settings.role !== "review"
                        onClicked: AppController.settings.role = "executive"
                    }
                    ItsChip {
                        objectName: "roleReview"
                        checkable: false // checked follows the setting
                        text: qsTr("CCO review")
                        checked: AppController.settings.role === "review"
                        onClicked: AppController.settings.role = "review"
                    }
                    ItsChip {
                        text: qsTr("Team")
                        enabled: false
                    }
                }
                ItsLabel {
                    Layout.fillWidth: true
                    role: "caption"
                    muted: true
                    text: AppController.settings.role === "review"
                          ? qsTr("As the CCO you set up the review circle and read the summaries your executives send. You can walk journeys too.")
                          : qsTr("As an executive you walk journeys and record them. The team role comes in a later version.")
                }
                ItsButton {
                    objectName: "continueButton"
                    Layout.fillWidth: true
                    kind: "primary"
                    text: qsTr("Continue")
                    onClicked: { page.step = 1; passField.field.forceActiveFocus() }
                }
            }

            // Step 1: passphrase
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 1
                spacing: Theme.spacingL

                ItsLabel {
                    Layout.fillWidth: true
                    muted: true
                    text: qsTr("Choose a passphrase only you know. Four or more unrelated words are easy to remember and hard to guess. Nobody can reset it for you.")
                }
                ItsTextField {
                    id: passField
                    objectName: "newPassphraseField"
                    Layout.fillWidth: true
                    label: qsTr("Passphrase")
                    echoMode: TextInput.Password
                    enabled: !page.session.busy
                }
                ItsStrengthMeter {
                    objectName: "strengthMeter"
                    Layout.fillWidth: true
                    score: page.strength
                    label: PassphraseMeter.label(page.strength)
                    advice: PassphraseMeter.advice(passField.text)
                    visible: passField.text.length > 0
                }
                ItsTextField {
                    id: confirmField
                    objectName: "confirmPassphraseField"
                    Layout.fillWidth: true
                    label: qsTr("Repeat the passphrase")
                    echoMode: TextInput.Password
                    enabled: !page.session.busy
                    errorText: text.length > 0 && text !== passField.text ? qsTr("The two passphrases differ.") : ""
                    onAccepted: page.createVault()
                }
                ItsBanner {
                    Layout.fillWidth: true
                    visible: page.session.errorMessage.length > 0
                    tone: "danger"
                    text: page.session.errorMessage
                }
                ItsButton {
                    objectName: "createVaultButton"
                    Layout.fillWidth: true
                    kind: "primary"
                    text: page.session.busy ? qsTr("Creating the vault\u2026") : qsTr("Create the vault")
                    enabled: page.passphraseReady && !page.session.busy
                    onClicked: page.createVault()
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: page.session.busy
                    visible: running
                    Accessible.name: qsTr("Working")
                }
                ItsButton {
                    Layout.fillWidth: true
                    kind: "flat"
                    text: qsTr("Back")
                    enabled: !page.session.busy
                    onClicked: page.step = 0
                }
            }

            // Step 2: recovery code, shown once
            RecoveryCodeCard {
                Layout.fillWidth: true
                visible: page.step === 2
                code: page.recoveryCode
                onConfirmed: {
                    page.recoveryCode = ""
                    AppController.finishFirstRun()
                }
            }
        }
    }
}
