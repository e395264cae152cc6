pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Set `parent` to the page it covers. Confirms revoking a device: from then on every summary it signs is rejected. Final.
ItsDialog {
    id: dialog

    property string deviceId
    property string deviceLabel
    signal confirmed(string deviceId)

    objectName: "reviewRevokeDialog"
    title: qsTr("Revoke this device?")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM
        ItsLabel {
            Layout.fillWidth: true
            text: qsTr("Summaries already received from \"%1\" stay. Every summary it sends from now on is rejected, and it cannot be enrolled again with the same key.").arg(dialog.deviceLabel)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ItsButton {
                objectName: "revokeCancelButton"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ItsButton {
                objectName: "revokeConfirmButton"
                Layout.fillWidth: true
                kind: "danger"
                text: qsTr("Revoke")
                Accessible.name: qsTr("Revoke %1").arg(dialog.deviceLabel)
                onClicked: { dialog.confirmed(dialog.deviceId); dialog.close() }
            }
        }
    }
}
