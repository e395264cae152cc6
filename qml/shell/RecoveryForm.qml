import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Recovery code + new passphrase (with strength meter and confirmation). Part of UnlockPage.
ColumnLayout {
    id: form

    readonly property VaultSession session: AppController.session
    readonly property bool ready: codeField.text.trim().length > 0
                                  && PassphraseMeter.score(newPassField.text) >= PassphraseMeter.minimumScore
                                  && newPassField.text === confirmField.text

    function submit() {
        if (form.ready && !form.session.busy)
            form.session.recover(codeField.text, newPassField.text)
    }

    spacing: Theme.spacingL

    ItsTextField {
        id: codeField
        objectName: "recoveryCodeField"
        Layout.fillWidth: true
        label: qsTr("Recovery code")
        enabled: !form.session.busy
    }
    ItsTextField {
        id: newPassField
        objectName: "newPassphraseField"
        Layout.fillWidth: true
        label: qsTr("New passphrase")
        echoMode: TextInput.Password
        enabled: !form.session.busy
    }
    ItsStrengthMeter {
        Layout.fillWidth: true
        visible: newPassField.text.length > 0
        score: PassphraseMeter.score(newPassField.text)
        label: PassphraseMeter.label(score)
        advice: PassphraseMeter.advice(newPassField.text)
    }
    ItsTextField {
        id: confirmField
        objectName: "confirmNewPassphraseField"
        Layout.fillWidth: true
        label: qsTr("Repeat the new passphrase")
        echoMode: TextInput.Password
        enabled: !form.session.busy
        errorText: text.length > 0 && text !== newPassField.text ? qsTr("The two passphrases differ.") : ""
        onAccepted: form.submit()
    }
    ItsButton {
        objectName: "recoverButton"
        Layout.fillWidth: true
        kind: "primary"
        text: form.session.busy ? qsTr("Recovering\u2026") : qsTr("Recover and unlock")
        enabled: form.ready && !form.session.busy
        onClicked: form.submit()
    }
}
