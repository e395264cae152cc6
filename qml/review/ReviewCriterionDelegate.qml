import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One row of a touchpoint's findings: a must-be criterion's failure rate, a delighter's hit rate
// or a phase's SLA breach rate, as a bar with the share, n and interval written out; for a
// phase, the median and p90 time against the promise. Tapping it lists the walks behind it.
ItemDelegate {
    id: row

    required property int index
    required property string kind
    required property string criterionId
    required property string criterionText
    required property var rate
    required property int n
    required property int count
    required property var low
    required property var high
    required property bool smallSample
    required property string phase
    required property var medianMs
    required property var p90Ms
    required property var targetMs
    required property var walkIds

    signal walksRequested(string title, var walkIds)

    objectName: "criterion_" + index
    padding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    // Criteria of older summaries carry no text: their id as words.
    readonly property string titleText: kind === "time" ? qsTr("Time: %1").arg(word(Vocabulary.phaseLabel(phase)))
                                      : criterionText.length > 0 ? criterionText
                                      : criterionId.replace(/-/g, " ").replace(/^./, c => c.toUpperCase())
    readonly property string rateText: {
        const share = rate === null || rate === undefined ? "—" : Math.round(rate)
        if (kind === "mustBe") return qsTr("Failed in %1% (%2 of %3)").arg(share).arg(count).arg(n)
        if (kind === "delighter") return qsTr("Delighted in %1% (%2 of %3)").arg(share).arg(count).arg(n)
        return qsTr("SLA missed in %1% (%2 of %3)").arg(share).arg(count).arg(n)
    }
    readonly property string detailText: {
        let parts = []
        if (low !== null && low !== undefined)
            parts.push(qsTr("95% interval %1–%2%").arg(Math.round(low)).arg(Math.round(high)))
        if (smallSample)
            parts.push(qsTr("too few to judge"))
        if (kind === "time" && medianMs !== null && medianMs !== undefined)
            parts.push(qsTr("median %1, p90 %2, promised %3").arg(Vocabulary.duration(medianMs))
                       .arg(Vocabulary.duration(p90Ms)).arg(Vocabulary.target(targetMs)))
        return parts.join(" · ")
    }
    Accessible.name: titleText + ", " + rateText + (detailText.length > 0 ? ", " + detailText : "")
    onClicked: row.walksRequested(row.titleText, row.walkIds)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: row.titleText }
        ReviewBar {
            Layout.fillWidth: true
            share: row.rate === null || row.rate === undefined ? 0 : row.rate / 100
            fill: row.kind === "delighter" ? Theme.chartBar : Theme.chartMark
        }
        ItsLabel { Layout.fillWidth: true; role: "caption"; text: row.rateText }
        ItsLabel { Layout.fillWidth: true; role: "caption"; muted: true; visible: text.length > 0; text: row.detailText }
    }
}
