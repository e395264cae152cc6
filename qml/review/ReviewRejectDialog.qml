pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Set `parent` to the page it covers. Confirms rejecting a pending enrollment request: it never
// shows again, its summaries are never accepted. Final.
ItsDialog {
    id: dialog

    property string deviceId
    property string deviceLabel
    signal confirmed(string deviceId)

    objectName: "reviewRejectDialog"
    title: qsTr("Reject this request?")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM
        ItsLabel {
            Layout.fillWidth: true
            text: qsTr("\"%1\" will not join the review circle. Its request stays rejected, even if it asks again, and its summaries are never accepted. An executive you do know can join again with a new invitation.").arg(dialog.deviceLabel)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ItsButton {
                objectName: "rejectCancelButton"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ItsButton {
                objectName: "rejectConfirmButton"
                Layout.fillWidth: true
                kind: "danger"
                text: qsTr("Reject")
                Accessible.name: qsTr("Reject %1").arg(dialog.deviceLabel)
                onClicked: { dialog.confirmed(dialog.deviceId); dialog.close() }
            }
        }
    }
}
