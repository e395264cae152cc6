import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Shows the recovery code once, with a copy button and an "I wrote it down" confirmation.
ColumnLayout {
    id: card

    property string code
    signal confirmed()

    spacing: Theme.spacingL

    ItsLabel {
        Layout.fillWidth: true
        muted: true
        text: qsTr("If you forget your passphrase, this code is the only way back into your vault. Write it down and keep it somewhere safe. It will not be shown again.")
    }
    ItsCard {
        Layout.fillWidth: true
        fillColor: Theme.surfaceAlt
        TextEdit {
            id: codeText
            objectName: "recoveryCodeText"
            width: parent.width
            text: card.code
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            horizontalAlignment: TextEdit.AlignHCenter
            font.family: "monospace"
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            selectionColor: Theme.primary
            selectedTextColor: Theme.inkOnPrimary
            Accessible.name: qsTr("Recovery code")
        }
    }
    ItsButton {
        objectName: "copyRecoveryCodeButton"
        Layout.fillWidth: true
        text: copied ? qsTr("Copied") : qsTr("Copy to clipboard")
        property bool copied: false
        onClicked: {
            codeText.selectAll()
            codeText.copy()
            codeText.deselect()
            copied = true
        }
    }
    ItsSwitch {
        id: wroteItDown
        objectName: "wroteItDownSwitch"
        Layout.fillWidth: true
        text: qsTr("I wrote it down and stored it safely")
    }
    ItsButton {
        objectName: "finishFirstRunButton"
        Layout.fillWidth: true
        kind: "primary"
        text: qsTr("Open the app")
        enabled: wroteItDown.checked
        onClicked: card.confirmed()
    }
}
