import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One pain point or memorable moment in the summary, under its department.
Rectangle {
    id: row

    required property int index
    required property string kind
    required property string theme
    required property int severity
    required property string touchpointName
    required property bool fromCriterion
    required property string criterionText

    readonly property bool pain: kind === "pain_point"
    objectName: "moment_" + index
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacingS)
    radius: Theme.radiusM
    color: pain ? Theme.dangerSoft : Theme.successSoft
    Accessible.role: Accessible.ListItem
    Accessible.name: title.text + ", " + detail.text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        spacing: 2
        ItsLabel {
            id: title
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            color: row.pain ? Theme.inkOnDangerSoft : Theme.inkOnSuccessSoft
            text: (row.pain ? qsTr("Pain point") : qsTr("Memorable moment")) + ": "
                  + (row.fromCriterion && row.criterionText.length > 0 ? row.criterionText : Vocabulary.themeLabel(row.theme))
        }
        ItsLabel {
            id: detail
            Layout.fillWidth: true
            role: "caption"
            color: row.pain ? Theme.inkOnDangerSoft : Theme.inkOnSuccessSoft
            text: row.touchpointName + (row.severity > 0 ? " \u00b7 " + Vocabulary.severityLabel(row.severity) : "")
        }
    }
}
