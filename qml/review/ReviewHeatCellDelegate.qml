import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// One cell of the journey heat map (a touchpoint in its stage): the pass rate written large on
// a fill of the colour-blind-safe palette (80% and more, 50-79%, below 50%), n, and the time
// against the SLA: the customer's median in the phase whose target was missed most, against
// that target, and how often it was missed. Tapping it opens its criterion failures.
ItemDelegate {
    id: cell

    required property int stageIndex
    required property string stageName
    required property int row
    required property string touchpointId
    required property string name
    required property string department
    required property string channel
    required property int contacts
    required property var passRate
    required property int passN
    required property bool smallSample
    required property var breachRate
    required property string breachPhase
    required property var medianMs
    required property var targetMs
    required property var slaMedianMs
    required property var slaTargetMs

    // The non-empty parts, read out as one sentence.
    function joined(parts: var): string { return parts.filter(t => t.length > 0).join(", ") }
    signal cellRequested(string touchpointId)

    objectName: "heatCell_" + touchpointId
    padding: Theme.spacingS

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    readonly property bool judged: passRate !== null && passRate !== undefined
    readonly property color fill: !judged ? Theme.surfaceAlt : passRate >= 80 ? Theme.chartGood
                                : passRate >= 50 ? Theme.chartMixed : Theme.chartPoor
    readonly property string passText: judged ? qsTr("%1% pass").arg(Math.round(passRate)) : qsTr("Not judged")
    readonly property string sampleText: smallSample ? qsTr("n = %1 · too few to judge").arg(passN) : qsTr("n = %1").arg(passN)
    readonly property bool hasSla: breachRate !== null && breachRate !== undefined
    readonly property string slaText: !hasSla ? qsTr("No SLA")
                                      : qsTr("%1: median %2, SLA %3").arg(word(Vocabulary.phaseLabel(breachPhase)))
                                        .arg(Vocabulary.duration(slaMedianMs)).arg(Vocabulary.target(slaTargetMs))
    readonly property string missedText: hasSla ? qsTr("SLA missed in %1%").arg(Math.round(breachRate)) : ""
    // The whole contact's time, read out (the cell shows the SLA's phase).
    readonly property string timeText: medianMs === null || medianMs === undefined || breachPhase === "total" ? ""
                                       : targetMs === null || targetMs === undefined
                                         ? qsTr("Median time %1").arg(Vocabulary.duration(medianMs))
                                         : qsTr("Median %1 of %2 promised").arg(Vocabulary.duration(medianMs)).arg(Vocabulary.target(targetMs))
    Accessible.name: cell.joined([name, stageName, passText, sampleText, slaText, missedText, timeText])
    onClicked: cell.cellRequested(cell.touchpointId)

    background: Rectangle {
        radius: Theme.radiusM
        color: cell.fill
        opacity: cell.down ? 0.8 : 1
        border.width: cell.visualFocus ? 3 : 1
        border.color: cell.visualFocus ? Theme.focus : Theme.border
    }
    // A Column, not a layout: its height follows the wrapped lines at once (cellHeight reads it).
    contentItem: Column {
        spacing: 1
        Text {
            width: parent.width
            text: cell.name
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            objectName: "heatPass_" + cell.touchpointId
            width: parent.width
            text: cell.passText
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
        Text { width: parent.width; text: cell.sampleText; color: Theme.inkOnChart; font.pixelSize: Theme.fontCaption; wrapMode: Text.WordWrap }
        Text {
            objectName: "heatSla_" + cell.touchpointId
            width: parent.width
            text: cell.slaText
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "heatMissed_" + cell.touchpointId
            width: parent.width
            visible: cell.hasSla
            text: cell.missedText
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontCaption
            font.weight: cell.breachRate > 0 ? Font.DemiBold : Font.Normal
            wrapMode: Text.WordWrap
        }
    }
}
