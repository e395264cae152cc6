pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Who was the customer handed to? The journey's departments as big buttons, or a new one.
ItsDialog {
    id: dialog

    property var departments: []
    signal picked(string department)

    objectName: "handoffDialog"
    title: qsTr("Handed to which department?")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        Repeater {
            model: dialog.departments
            delegate: ItsButton {
                required property string modelData
                objectName: "handoffTo_" + modelData
                Layout.fillWidth: true
                text: Vocabulary.departmentLabel(modelData)
                onClicked: { dialog.picked(modelData); dialog.close() }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ItsTextField {
                id: other
                objectName: "handoffOther"
                Layout.fillWidth: true
                placeholderText: qsTr("Another department")
            }
            ItsButton {
                objectName: "handoffOtherButton"
                Layout.alignment: Qt.AlignBottom
                enabled: other.text.trim().length > 0
                text: qsTr("OK")
                Accessible.name: qsTr("Hand over to %1").arg(other.text)
                onClicked: { dialog.picked(other.text.trim()); other.text = ""; dialog.close() }
            }
        }
    }
}
