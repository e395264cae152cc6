pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Was this contact a pain point or a memorable moment? With a theme and a severity.
ItsCard {
    id: card

    required property ObservationEditor editor
    readonly property var themes: Vocabulary.themes()

    objectName: "momentCard"

    function choose(kind: string, theme: string, severity: int) {
        card.editor.setMoment(kind, theme, severity)
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { text: qsTr("Moment"); role: "title" }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: ["none", "pain_point", "memorable"]
                delegate: ItsChip {
                    required property string modelData
                    objectName: "moment_" + modelData
                    text: Vocabulary.momentLabel(modelData)
                    checked: card.editor.momentKind === modelData
                    tone: modelData === "pain_point" ? "danger" : "default"
                    onClicked: card.choose(modelData, card.editor.theme.length > 0 ? card.editor.theme : card.themes[0],
                                           Math.max(1, card.editor.severity))
                }
            }
        }
        ItsLabel {
            visible: card.editor.momentKind !== "none"
            text: qsTr("Theme")
        }
        Flow {
            Layout.fillWidth: true
            visible: card.editor.momentKind !== "none"
            spacing: Theme.spacingXs
            Repeater {
                model: card.themes
                delegate: ItsChip {
                    required property string modelData
                    objectName: "theme_" + modelData
                    text: Vocabulary.themeLabel(modelData)
                    checked: card.editor.theme === modelData
                    onClicked: card.choose(card.editor.momentKind, modelData, card.editor.severity)
                }
            }
        }
        ItsLabel {
            visible: card.editor.momentKind !== "none"
            text: card.editor.momentKind === "pain_point" ? qsTr("Severity") : qsTr("Impact")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.editor.momentKind !== "none"
            spacing: Theme.spacingXs
            Repeater {
                model: [1, 2, 3]
                delegate: ItsChip {
                    required property int modelData
                    objectName: "severity_" + modelData
                    Layout.fillWidth: true
                    text: Vocabulary.severityLabel(modelData)
                    checked: card.editor.severity === modelData
                    onClicked: card.choose(card.editor.momentKind, card.editor.theme, modelData)
                }
            }
        }
    }
}
