import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// One tab of the phone's bottom bar. Its implicit width is its label's (at the current tab's
// bolder weight), so tabs share the bar in proportion to their words (HomePage) and a long
// Italian one ("Impostazioni") gets the room a short one does not need; when the bar is still
// too narrow, every label shrinks alike, down to the caption size.
ItemDelegate {
    id: tab

    property bool current: false

    implicitHeight: Theme.touchTarget + Theme.spacingS
    implicitWidth: Math.ceil(labelMetrics.advanceWidth) + leftPadding + rightPadding
    padding: Theme.spacingXs
    font.pixelSize: Theme.fontBody
    font.weight: current ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    Accessible.selected: current

    TextMetrics {
        id: labelMetrics
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        text: tab.text
    }

    contentItem: Text {
        objectName: "tabLabel"
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
