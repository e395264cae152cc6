pragma ComponentBehavior: Bound

import QtQuick
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
        // Qt 6.4's qmllint cannot resolve QtQuick's StandardKey enum (a value type's enum).
        sequence: StandardKey.Save // qmllint disable unqualified
        enabled: page.visible && doc.dirty
        onActivated: {
            if (doc.save())
                savedBanner.visible = true
        }
    }

    Flickable {
        id: flick
        objectName: "editorFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingM
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingM
            y: Theme.spacingM
            width: flick.width - 2 * Theme.spacingM
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
            Repeater {
                objectName: "editorTouchpointList"
                model: doc.touchpoints
                delegate: ColumnLayout {
                    id: entry
                    required property int index
                    required property string stageName
                    required property bool firstInStage
                    required property string name
                    required property string channel
                    required property string department
                    required property var phases
                    required property var slas
                    required property var criteria
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    ItsLabel {
                        Layout.fillWidth: true
                        visible: entry.firstInStage
                        topPadding: Theme.spacingS
                        role: "title"
                        text: entry.stageName
                        Accessible.role: Accessible.Heading
                    }
                    TouchpointEditorDelegate {
                        Layout.fillWidth: true
                        document: doc
                        index: entry.index
                        name: entry.name
                        channel: entry.channel
                        department: entry.department
                        phases: entry.phases
                        slas: entry.slas
                        criteria: entry.criteria
                    }
                }
            }
            AddTouchpointCard {
                Layout.fillWidth: true
                document: doc
            }
        }
    }
}
