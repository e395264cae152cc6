pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Was this contact a pain point or a memorable moment? With a theme and a severity, both chosen
// by the executive (no defaults: an unchosen moment is not counted).
ItsCard {
    id: card

    required property ObservationEditor editor
    readonly property var themes: Vocabulary.themes()

    objectName: "momentCard"

    readonly property bool chosen: card.editor.momentKind !== "none"

    function choose(kind: string, theme: string, severity: int) {
        card.editor.setMoment(kind, theme, severity)
    }

    // Theme and severity are always laid out (disabled until a kind is chosen), so choosing
    // "Pain point" moves nothing below it; neither has a default, the executive picks both.
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
                    onClicked: {
                        checked = Qt.binding(() => card.editor.momentKind === modelData)
                        if (card.editor.momentKind !== modelData)
                            card.choose(modelData, "", 0)
                    }
                }
            }
        }
        ItsLabel {
            objectName: "momentHint"
            Layout.fillWidth: true
            role: "caption"
            color: card.editor.momentPending ? Theme.danger : Theme.textMuted
            text: qsTr("It counts once you choose a theme and a severity.")
        }
        ItsLabel {
            enabled: card.chosen
            opacity: card.chosen ? 1 : 0.55
            text: qsTr("Theme")
        }
        Flow {
            Layout.fillWidth: true
            enabled: card.chosen
            spacing: Theme.spacingXs
            Repeater {
                model: card.themes
                delegate: ItsChip {
                    required property string modelData
                    objectName: "theme_" + modelData
                    text: Vocabulary.themeLabel(modelData)
                    checked: card.editor.theme === modelData
                    onClicked: {
                        checked = Qt.binding(() => card.editor.theme === modelData)
                        card.choose(card.editor.momentKind, modelData, card.editor.severity)
                    }
                }
            }
        }
        ItsLabel {
            opacity: card.chosen ? 1 : 0.55
            text: card.editor.momentKind === "memorable" ? qsTr("Impact") : qsTr("Severity")
        }
        RowLayout {
            Layout.fillWidth: true
            enabled: card.chosen
            spacing: Theme.spacingXs
            Repeater {
                model: [1, 2, 3]
                delegate: ItsChip {
                    required property int modelData
                    objectName: "severity_" + modelData
                    Layout.fillWidth: true
                    text: Vocabulary.severityLabel(modelData)
                    checked: card.editor.severity === modelData
                    onClicked: {
                        checked = Qt.binding(() => card.editor.severity === modelData)
                        card.choose(card.editor.momentKind, card.editor.theme, modelData)
                    }
                }
            }
        }
        // Who is responsible: the touchpoint's owner unless the executive names another (a sales
        // retention pitch on a customer-care call is Sales' pain point).
        ItsLabel {
            opacity: card.chosen ? 1 : 0.55
            text: qsTr("Department responsible")
        }
        Flow {
            Layout.fillWidth: true
            enabled: card.chosen
            spacing: Theme.spacingXs
            Repeater {
                model: card.editor.departments
                delegate: ItsChip {
                    required property string modelData
                    objectName: "momentDepartment_" + modelData
                    text: Vocabulary.departmentLabel(modelData)
                    checked: card.chosen && card.editor.department === modelData
                    onClicked: {
                        checked = Qt.binding(() => card.chosen && card.editor.department === modelData)
                        card.editor.setMomentDepartment(modelData)
                    }
                }
            }
        }
    }
}
