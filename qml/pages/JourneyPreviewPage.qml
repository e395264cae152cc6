import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A journey before walking it: persona, stages and touchpoints with their targets and rubric.
// From here: start a walk (as this persona or another), or duplicate the journey to edit it.
ItsPage {
    id: page

    objectName: "journeyPreviewPage"
    title: doc.loaded ? doc.name : qsTr("Journey")

    property alias templateId: doc.templateId
    // The StackView to push the walk or the editor onto (the section's stack).
    property StackView stack: StackView.view

    TemplateDocument {
        id: doc
        objectName: "previewDocument"
        session: AppController.session
    }
    TemplateListModel {
        id: library
        session: AppController.session
    }

    function startWalk() {
        page.stack.push(Qt.resolvedUrl("WalkPage.qml"),
                        {templateId: doc.templateId, persona: personaField.text})
    }

    ListView {
        id: list
        objectName: "touchpointList"
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
            Accessible.role: Accessible.Heading
        }
        header: ColumnLayout {
            width: ListView.view.width
            spacing: Theme.spacingM

            ItsLabel {
                Layout.fillWidth: true
                role: "headline"
                visible: !page.showToolBar
                text: doc.name
            }
            ItsLabel {
                Layout.fillWidth: true
                muted: true
                visible: text.length > 0
                text: doc.description
            }
            ItsBanner {
                Layout.fillWidth: true
                visible: doc.errorString.length > 0 || library.errorString.length > 0
                tone: "danger"
                text: doc.errorString.length > 0 ? doc.errorString : library.errorString
            }
            ItsTextField {
                id: personaField
                objectName: "personaField"
                Layout.fillWidth: true
                label: qsTr("Walk as persona")
                helperText: doc.personaDescription
                text: doc.personaName
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                ItsButton {
                    objectName: "startWalkButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.largeTouchTarget
                    kind: "primary"
                    enabled: doc.loaded
                    text: qsTr("Start walk")
                    Accessible.name: qsTr("Start a walk of this journey")
                    onClicked: page.startWalk()
                }
                ItsButton {
                    objectName: "duplicateTemplateButton"
                    Layout.preferredHeight: Theme.largeTouchTarget
                    enabled: doc.loaded
                    text: qsTr("Duplicate and edit")
                    onClicked: {
                        const copy = library.duplicate(doc.templateId)
                        if (copy.length > 0)
                            page.stack.push(Qt.resolvedUrl("TemplateEditorPage.qml"), {templateId: copy})
                    }
                }
            }
            ItsLabel {
                Layout.fillWidth: true
                role: "caption"
                muted: true
                text: qsTr("%n touchpoint(s) in %1 stage(s)", "", doc.touchpoints.count).arg(doc.stageNames.length)
            }
        }
        delegate: TouchpointDelegate {
            width: ListView.view.width
        }
    }
}
