import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The WebDAV account (user name and password) for a sync address, kept in this device's
// keychain by SyncCredentials: never in the vault, the settings or a summary. Hidden for a
// shared-folder target, which needs no account.
ItsCard {
    id: card

    required property string address
    property SyncCredentials credentials: AppController.syncCredentials
    readonly property bool isWebDav: /^https?:\/\//i.test(address)
    readonly property string knownUser: credentials.revision >= 0 ? credentials.userFor(address) : ""
    property string message
    property bool failed: false

    objectName: "syncAccountCard"
    visible: isWebDav
    Component.onCompleted: if (isWebDav) credentials.load(address)
    onAddressChanged: if (isWebDav) credentials.load(address)

    Connections {
        target: card.credentials
        function onSaved(savedAddress: string, ok: bool, text: string) {
            if (savedAddress !== card.address)
                return
            card.failed = !ok
            card.message = text
            password.text = ""
        }
        function onForgotten(forgottenAddress: string, ok: bool, text: string) {
            if (forgottenAddress !== card.address)
                return
            card.failed = !ok
            card.message = text
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { Layout.fillWidth: true; text: qsTr("Sync account"); role: "title" }
        ItsLabel {
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.Wrap
            text: qsTr("The user name and password for %1. They stay in this device's keychain and are sent only to that server.").arg(card.address)
        }
        ItsLabel {
            objectName: "syncAccountKnown"
            Layout.fillWidth: true
            visible: card.knownUser.length > 0
            text: qsTr("Signed in as %1.").arg(card.knownUser)
        }
        ItsBanner {
            Layout.fillWidth: true
            visible: !card.credentials.keychainAvailable
            tone: "warning"
            text: qsTr("No keychain on this device (%1): the account is kept only until the app quits.")
                  .arg(card.credentials.keychainUnavailableReason)
        }
        ItsTextField {
            id: user
            objectName: "syncAccountUser"
            Layout.fillWidth: true
            label: qsTr("User name")
            text: card.knownUser
            field.inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        }
        ItsTextField {
            id: password
            objectName: "syncAccountPassword"
            Layout.fillWidth: true
            label: qsTr("Password or app password")
            echoMode: TextInput.Password
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            ItsButton {
                objectName: "syncAccountSave"
                kind: "primary"
                text: qsTr("Save account")
                enabled: user.text.trim().length > 0
                Accessible.name: qsTr("Save the sync account in the keychain")
                onClicked: card.credentials.save(card.address, user.text, password.text)
            }
            ItsButton {
                objectName: "syncAccountForget"
                kind: "flat"
                visible: card.knownUser.length > 0
                text: qsTr("Forget account")
                onClicked: card.credentials.forget(card.address)
            }
        }
        ItsBanner {
            objectName: "syncAccountMessage"
            Layout.fillWidth: true
            visible: card.message.length > 0
            tone: card.failed ? "warning" : "success"
            text: card.message
        }
    }
}
