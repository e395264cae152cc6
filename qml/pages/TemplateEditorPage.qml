import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Edit a (duplicated) journey: name, persona, touchpoints with their department, channel,
// rubric criteria and target times. Nothing is stored until Save, which validates the
// journey with the same strict reader used for imported files.
ItsPage {
    id: page

    objectName: "templateEditorPage"
    title: qsTr("Edit journey")

    property alias templateId: doc.templateId
    property alias document: doc

    TemplateDocument {
        id: doc
        objectName: "editorDocument"
        session: AppController.session
    }

    actions: [
        ItsButton {
            objectName: "saveTemplateButton"
            kind: "primary"
            enabled: doc.dirty
            text: qsTr("Save")
            Accessible.name: qsTr("Save the journey")
            onClicked: {
                if (doc.save())
                    savedBanner.visible = true
            }
        }
    ]

    Shortcut {
        sequence: StandardKey.Save
        enabled: page.visible && doc.dirty
        onActivated: {
            if (doc.save())
                savedBanner.visible = true
        }
    }

    ListView {
        id: list
        objectName: "editorTouchpointList"
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
        clip: true
        model: doc.touchpoints
        section.property: "stageName"
        section.delegate: ItsLabel {
            required property string section
            width: ListView.view.width
            topPadding: Theme.spacingM
            role: "title"
            text: section
        }
        header: ColumnLayout {
            width: ListView.view.width
            spacing: Theme.spacingM
            ItsBanner {
                objectName: "editorError"
                Layout.fillWidth: true
                visible: doc.errorString.length > 0
                tone: "danger"
                text: doc.errorString
            }
            ItsBanner {
                id: savedBanner
                Layout.fillWidth: true
                visible: false
                tone: "success"
                text: qsTr("Saved to the library.")
                Connections {
                    target: doc
                    function onChanged() { if (doc.dirty) savedBanner.visible = false }
                }
            }
            ItsTextField {
                objectName: "templateNameField"
                Layout.fillWidth: true
                label: qsTr("Journey name")
                text: doc.name
                field.onEditingFinished: doc.name = text
            }
            ItsTextField {
                objectName: "templatePersonaField"
                Layout.fillWidth: true
                label: qsTr("Persona")
                text: doc.personaName
                field.onEditingFinished: doc.personaName = text
            }
        }
        delegate: TouchpointEditorDelegate {
            width: ListView.view.width
            document: doc
        }
        footer: AddTouchpointCard {
            width: ListView.view.width
            document: doc
        }
    }
}
