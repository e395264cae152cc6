import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// One tab of the phone's bottom bar. The label shrinks to fit rather than being cut off
// (Italian labels are longer), down to the caption size.
ItemDelegate {
    id: tab

    property bool current: false

    implicitHeight: Theme.touchTarget + Theme.spacingS
    padding: Theme.spacingXs
    font.pixelSize: Theme.fontBody
    font.weight: current ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    Accessible.selected: current

    contentItem: Text {
        text: tab.text
        font: tab.font
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontCaption
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: tab.current ? Theme.inkOnPrimarySoft : Theme.text
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: tab.current ? Theme.primarySoft : "transparent"
        border.width: tab.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
}
