pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes
import QtQuick.Layouts
import InTheirShoes

// The journey's emotion curve (-2 awful .. +2 delightful), one point per contact, with the
// peak, the lowest point and the end marked: the moments customers remember.
ItsCard {
    id: card

    required property var points // [{value, label}]
    required property int peakIndex
    required property int lowIndex
    required property int endIndex

    objectName: "emotionCurveCard"
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Emotion curve: peak at %1, lowest at %2, end at %3")
                         .arg(labelAt(peakIndex)).arg(labelAt(lowIndex)).arg(labelAt(endIndex))

    function labelAt(i: int): string {
        return i >= 0 && i < points.length ? (points[i].label ?? "") : qsTr("none")
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { text: qsTr("Emotion curve"); role: "title" }
        ItsLabel {
            visible: card.points.length === 0
            muted: true
            text: qsTr("No contacts recorded yet.")
        }
        Item {
            id: plot
            visible: card.points.length > 0
            Layout.fillWidth: true
            implicitHeight: 180
            readonly property real stepX: card.points.length > 1 ? (width - 32) / (card.points.length - 1) : 0
            function px(i: int): real { return 16 + (card.points.length > 1 ? i * stepX : (width - 32) / 2) }
            function py(v: real): real { return 16 + (2 - v) / 4 * (height - 32) }

            Rectangle { // neutral line
                x: 0; width: parent.width; height: 1
                y: plot.py(0)
                color: Theme.divider
            }
            Shape {
                anchors.fill: parent
                ShapePath {
                    strokeColor: Theme.primary
                    strokeWidth: 3
                    fillColor: "transparent"
                    joinStyle: ShapePath.RoundJoin
                    capStyle: ShapePath.RoundCap
                    startX: plot.px(0)
                    startY: card.points.length > 0 ? plot.py(card.points[0].value) : 0
                    PathPolyline {
                        path: card.points.map((p, i) => Qt.point(plot.px(i), plot.py(p.value)))
                    }
                }
            }
            Repeater {
                model: card.points.length
                delegate: Rectangle {
                    id: dot
                    required property int index
                    readonly property bool isPeak: index === card.peakIndex
                    readonly property bool isLow: index === card.lowIndex
                    readonly property bool isEnd: index === card.endIndex
                    readonly property bool marked: isPeak || isLow || isEnd
                    objectName: "emotionPoint_" + index
                    width: marked ? 16 : 10
                    height: width
                    radius: width / 2
                    x: plot.px(index) - width / 2
                    y: plot.py(card.points[index].value) - height / 2
                    color: isLow ? Theme.danger : isPeak ? Theme.success : Theme.primary
                    border.width: isEnd ? 3 : 0
                    border.color: Theme.text
                    ItsLabel {
                        visible: dot.marked
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: dot.isLow ? undefined : parent.top
                        anchors.top: dot.isLow ? parent.bottom : undefined
                        role: "caption"
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                        text: (dot.isPeak ? qsTr("Peak") : "")
                              + (dot.isLow ? (dot.isPeak ? " \u00b7 " : "") + qsTr("Lowest") : "")
                              + (dot.isEnd ? (dot.isPeak || dot.isLow ? " \u00b7 " : "") + qsTr("End") : "")
                    }
                }
            }
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: card.points.length > 0
            role: "caption"
            muted: true
            text: qsTr("Peak: %1 \u00b7 Lowest: %2 \u00b7 End: %3").arg(card.labelAt(card.peakIndex))
                      .arg(card.labelAt(card.lowIndex)).arg(card.labelAt(card.endIndex))
        }
    }
}
