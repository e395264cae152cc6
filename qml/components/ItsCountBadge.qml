import QtQuick
import InTheirShoes

// A small count pill that asks for attention (e.g. overdue waits on the Waits section).
// Hidden at 0. Its text is part of its host's Accessible.name, so it is not read twice.
Rectangle {
    id: badge

    property int count: 0

    visible: count > 0
    implicitHeight: Math.round(Theme.fontCaption * 1.6)
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + Theme.spacingS * 2)
    radius: height / 2
    color: Theme.danger
    Accessible.ignored: true

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.count > 99 ? "99+" : String(badge.count)
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        color: Theme.inkOnDanger
    }
}
