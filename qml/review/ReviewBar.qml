import QtQuick
import InTheirShoes

// A horizontal bar of a chart: `share` (0..1) of the track filled, drawn with Rectangles in the
// chart palette. The figure it stands for is always written next to it by the user of the bar;
// colour never carries meaning alone.
Rectangle {
    id: bar

    property real share: 0
    property color fill: Theme.chartBar

    implicitHeight: 10
    radius: height / 2
    color: Theme.chartTrack
    Accessible.ignored: true

    Rectangle {
        width: Math.max(bar.share > 0 ? bar.height : 0, bar.width * Math.min(1, Math.max(0, bar.share)))
        height: bar.height
        radius: bar.radius
        color: bar.fill
    }
}
