import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One of the top pain points: its theme and owning department, a bar of its weight (frequency
// x mean severity) with the numbers written out, and its trend against the period before.
ItemDelegate {
    id: row

    required property int index
    required property string department
    required property string theme
    required property int frequency
    required property real meanSeverity
    required property int weight
    required property var walkIds
    required property string trend
    required property var previousFrequency
    property int topWeight: 1
    property string previousLabel

    // The non-empty parts, read out as one sentence.
    function joined(parts: var): string { return parts.filter(t => t.length > 0).join(", ") }
    signal walksRequested(string title, var walkIds)

    objectName: "painPoint_" + index
    padding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    readonly property string themeText: word(Vocabulary.themeLabel(theme))
    readonly property string departmentText: word(Vocabulary.departmentLabel(department))
    readonly property string weightText: qsTr("%n time(s) × severity %1 = %2", "", frequency)
                                         .arg(Number(meanSeverity).toLocaleString(Qt.locale(), "f", 1)).arg(weight)
    readonly property string trendText: {
        switch (trend) {
        case "new": return qsTr("New: not seen in %1").arg(previousLabel)
        case "up": return qsTr("▲ Up from %1 in %2").arg(previousFrequency).arg(previousLabel)
        case "down": return qsTr("▼ Down from %1 in %2").arg(previousFrequency).arg(previousLabel)
        case "same": return qsTr("Same as in %1 (%2)").arg(previousLabel).arg(previousFrequency)
        default: return ""
        }
    }
    Accessible.name: row.joined([qsTr("%1. %2, owned by %3").arg(index + 1).arg(themeText).arg(departmentText), weightText, trendText])
    onClicked: row.walksRequested(row.themeText + " · " + row.departmentText, row.walkIds)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel {
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: qsTr("%1. %2").arg(row.index + 1).arg(row.themeText)
        }
        ItsLabel { Layout.fillWidth: true; role: "caption"; muted: true; text: qsTr("Owned by %1").arg(row.departmentText) }
        ReviewBar { Layout.fillWidth: true; share: row.weight / Math.max(1, row.topWeight) }
        ItsLabel { Layout.fillWidth: true; role: "caption"; text: row.weightText }
        ItsLabel {
            objectName: "painTrend_" + row.index
            Layout.fillWidth: true
            visible: text.length > 0
            role: "caption"
            muted: true
            text: row.trendText
        }
    }
}
