import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One headline figure: its value, n (and whether the sample is too small to judge), its 95%
// interval drawn on the figure's scale, and its change against the period before in words
// ("no clear change" unless the change is clear at 95%). Tapping it lists the walks behind it.
ItemDelegate {
    id: tile

    required property string key
    required property var value
    required property int n
    required property bool smallSample
    required property var low
    required property var high
    required property bool isShare
    required property string change
    required property var delta
    required property var previous
    required property var walkIds
    property string previousLabel

    // The non-empty parts, read out as one sentence.
    function joined(parts: var): string { return parts.filter(t => t.length > 0).join(", ") }
    signal walksRequested(string title, var walkIds)

    objectName: "headline_" + key
    padding: Theme.spacingM
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    // The scale the interval is drawn on.
    readonly property real scaleMin: key === "nps" ? -100 : key === "cesMean" ? 1 : 0
    readonly property real scaleMax: key === "cesMean" ? 7 : 100
    readonly property int decimals: key === "cesMean" ? 1 : 0
    readonly property bool hasValue: value !== null && value !== undefined && n > 0

    function number(v: real): string {
        const text = Number(v).toLocaleString(Qt.locale(), "f", tile.decimals)
        return tile.isShare ? qsTr("%1%").arg(text) : text
    }
    function signedNumber(v: real): string {
        return (v > 0 ? "+" : v < 0 ? "−" : "") + Number(Math.abs(v)).toLocaleString(Qt.locale(), "f", tile.decimals)
    }
    readonly property string title: {
        switch (key) {
        case "nps": return qsTr("NPS")
        case "csat": return qsTr("CSAT (share of 4–5)")
        case "cesMean": return qsTr("CES mean (1–7)")
        case "ces5to7": return qsTr("CES: share of 5–7")
        case "wouldStay": return qsTr("Would stay")
        default: return qsTr("Resolved at first contact")
        }
    }
    readonly property string valueText: hasValue ? number(value) : qsTr("No answers")
    readonly property string sampleText: smallSample ? qsTr("n = %1 · too few to judge").arg(n) : qsTr("n = %1").arg(n)
    readonly property string intervalText: low !== null && low !== undefined
                                           ? qsTr("95% interval: %1 to %2").arg(number(low)).arg(number(high))
                                           : qsTr("95% interval: too few answers")
    readonly property string changeText: {
        switch (change) {
        case "clearly-up": return qsTr("▲ Clearly up on %1: %2").arg(previousLabel).arg(signedNumber(delta))
        case "clearly-down": return qsTr("▼ Clearly down on %1: %2").arg(previousLabel).arg(signedNumber(delta))
        case "no-clear-change":
            return delta !== null && delta !== undefined
                    ? qsTr("No clear change on %1 (%2)").arg(previousLabel).arg(signedNumber(delta))
                    : qsTr("No clear change on %1").arg(previousLabel)
        case "no-data": return qsTr("Nothing to compare in %1").arg(previousLabel)
        default: return ""
        }
    }

    Accessible.name: tile.joined([title, valueText, sampleText, intervalText, changeText])
    onClicked: tile.walksRequested(tile.title, tile.walkIds)

    background: Rectangle {
        radius: Theme.radiusM
        color: tile.down ? Theme.surfaceAlt : Theme.surface
        border.width: tile.visualFocus ? 3 : 1
        border.color: tile.visualFocus ? Theme.focus : Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; text: tile.title; muted: true }
        ItsLabel {
            objectName: "headlineValue_" + tile.key
            Layout.fillWidth: true
            role: "headline"
            text: tile.valueText
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            color: tile.smallSample ? Theme.warning : Theme.textMuted
            text: tile.sampleText
        }
        // The interval on the figure's scale: the track, the interval, the value as a mark.
        Item {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            implicitHeight: 12
            visible: tile.hasValue
            Accessible.ignored: true
            readonly property real span: tile.scaleMax - tile.scaleMin
            function xOf(v: real): real { return width * Math.max(0, Math.min(1, (v - tile.scaleMin) / span)) }
            Rectangle { anchors.verticalCenter: parent.verticalCenter; width: parent.width; height: 4; radius: 2; color: Theme.chartTrack }
            Rectangle {
                visible: tile.low !== null && tile.low !== undefined
                anchors.verticalCenter: parent.verticalCenter
                x: visible ? parent.xOf(tile.low) : 0
                width: visible ? Math.max(2, parent.xOf(tile.high) - x) : 0
                height: 8
                radius: 4
                color: Theme.chartBar
            }
            Rectangle {
                x: tile.hasValue ? parent.xOf(tile.value) - width / 2 : 0
                width: 4
                height: 12
                color: Theme.chartMark
            }
        }
        ItsLabel { Layout.fillWidth: true; role: "caption"; muted: true; text: tile.intervalText; visible: tile.hasValue }
        ItsLabel {
            objectName: "headlineChange_" + tile.key
            Layout.fillWidth: true
            visible: text.length > 0
            role: "caption"
            font.weight: tile.change === "clearly-up" || tile.change === "clearly-down" ? Font.DemiBold : Font.Normal
            text: tile.changeText
        }
    }
}
