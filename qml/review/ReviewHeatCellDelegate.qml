import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One cell of the journey heat map (a touchpoint in its stage): the pass rate written large on
// a fill of the colour-blind-safe palette (80% and more, 50-79%, below 50%), n, the SLA missed
// most and the customer's time against the promise. Tapping it opens its criterion failures.
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
    readonly property string slaText: breachRate === null || breachRate === undefined ? qsTr("No SLA")
                                      : qsTr("SLA missed %1% (%2)").arg(Math.round(breachRate)).arg(word(Vocabulary.phaseLabel(breachPhase)))
    readonly property string timeText: medianMs === null || medianMs === undefined ? ""
                                       : targetMs === null || targetMs === undefined
                                         ? qsTr("Median time %1").arg(Vocabulary.duration(medianMs))
                                         : qsTr("Median %1 of %2 promised").arg(Vocabulary.duration(medianMs)).arg(Vocabulary.target(targetMs))
    Accessible.name: cell.joined([name, stageName, passText, sampleText, slaText, timeText])
    onClicked: cell.cellRequested(cell.touchpointId)

    background: Rectangle {
        radius: Theme.radiusM
        color: cell.fill
        opacity: cell.down ? 0.8 : 1
        border.width: cell.visualFocus ? 3 : 1
        border.color: cell.visualFocus ? Theme.focus : Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 1
        Text {
            Layout.fillWidth: true
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
            Layout.fillWidth: true
            text: cell.passText
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
        Text { Layout.fillWidth: true; text: cell.sampleText; color: Theme.inkOnChart; font.pixelSize: Theme.fontCaption; wrapMode: Text.WordWrap }
        Text { Layout.fillWidth: true; text: cell.slaText; color: Theme.inkOnChart; font.pixelSize: Theme.fontCaption; wrapMode: Text.WordWrap }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: cell.timeText
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
    }
}
