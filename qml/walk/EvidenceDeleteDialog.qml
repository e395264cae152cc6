import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Deleting a photo or a memo asks first: it is removed from the vault with all its data and
// cannot be brought back.
ItsDialog {
    id: dialog

    property string evidenceId
    property string kind: "photo"
    signal confirmed(string evidenceId)

    objectName: "evidenceDeleteDialog"
    title: dialog.kind === "voice" ? qsTr("Delete this voice memo?") : qsTr("Delete this photo?")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel {
            objectName: "evidenceDeleteMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("It is removed from this device's vault for good. It cannot be undone.")
        }
        ItsButton {
            objectName: "confirmDeleteEvidenceButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "danger"
            text: qsTr("Delete")
            onClicked: { dialog.close(); dialog.confirmed(dialog.evidenceId) }
        }
        ItsButton {
            objectName: "keepEvidenceButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "secondary"
            text: qsTr("Keep it")
            onClicked: dialog.close()
        }
    }
}
