import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import InTheirShoes

// A journey before walking it: persona, stages and touchpoints with their targets and rubric.
// From here: start a walk (as this persona or another), or duplicate the journey to edit it.
ItsPage {
    id: page

    objectName: "journeyPreviewPage"
    title: doc.loaded ? doc.name : qsTr("Journey")

    property alias templateId: doc.templateId
    // Another journey in the same pane (desktop split view) starts at its top.
    onTemplateIdChanged: flick.contentY = 0
    // The StackView to push the walk or the editor onto (the section's stack).
    property T.StackView stack: StackView.view
    // The persona typed in the header (the header lives in the ListView's own context).
    property string persona: doc.personaName

    TemplateDocument {
        id: doc
        objectName: "previewDocument"
        session: AppController.session
        preferredLanguage: AppController.effectiveLanguage
    }
    TemplateListModel {
        id: library
        session: AppController.session
        language: AppController.effectiveLanguage
    }

    function startWalk() {
        page.stack.push(Qt.resolvedUrl("../walk/WalkPage.qml"),
                        {templateId: doc.templateId, persona: page.persona, language: doc.language})
    }

    Flickable {
        id: flick
        objectName: "previewFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingM
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingM
            y: Theme.spacingM
            width: flick.width - 2 * Theme.spacingM
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
                onTextChanged: page.persona = text
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
            Repeater {
                objectName: "touchpointList"
                model: doc.touchpoints
                delegate: ColumnLayout {
                    id: entry
                    required property int index
                    required property string stageName
                    required property bool firstInStage
                    required property string name
                    required property string channel
                    required property string department
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
                    TouchpointDelegate {
                        Layout.fillWidth: true
                        index: entry.index
                        name: entry.name
                        channel: entry.channel
                        department: entry.department
                        slas: entry.slas
                        criteria: entry.criteria
                    }
                }
            }
        }
    }
}
