import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The editor's "add a touchpoint" form: which stage, what it is called, channel, department.
ItsCard {
    id: card

    required property TemplateDocument document

    objectName: "addTouchpointCard"

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        ItsLabel { text: qsTr("Add a touchpoint"); role: "title" }
        ItsComboBox {
            id: stageBox
            objectName: "newTouchpointStage"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: card.document.stageNames
            Accessible.name: qsTr("Stage")
        }
        ItsTextField {
            id: nameField
            objectName: "newTouchpointName"
            Layout.fillWidth: true
            label: qsTr("Name")
        }
        ItsComboBox {
            id: channelBox
            objectName: "newTouchpointChannel"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: Vocabulary.channels()
            words: "channel"
            Accessible.name: qsTr("Channel")
        }
        ItsTextField {
            id: departmentField
            objectName: "newTouchpointDepartment"
            Layout.fillWidth: true
            label: qsTr("Owning department")
        }
        ItsButton {
            objectName: "addTouchpointButton"
            kind: "primary"
            text: qsTr("Add touchpoint")
            onClicked: {
                if (card.document.addTouchpoint(stageBox.currentIndex, nameField.text,
                                                channelBox.currentText, departmentField.text) >= 0) {
                    nameField.text = ""
                }
            }
        }
    }
}
