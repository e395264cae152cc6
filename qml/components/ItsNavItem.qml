import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// One entry of the desktop navigation list; `current` marks the section on screen.
ItemDelegate {
    id: item

    property bool current: false
    property string shortcutHint

    implicitHeight: Theme.touchTarget + Theme.spacingS
    font.pixelSize: Theme.fontBodyLarge
    font.weight: current ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    Accessible.selected: current

    contentItem: Item {
        implicitHeight: title.implicitHeight
        Text {
            id: title
            anchors.left: parent.left
            anchors.right: hint.left
            anchors.verticalCenter: parent.verticalCenter
            text: item.text
            font: item.font
            elide: Text.ElideRight
            color: item.current ? Theme.inkOnPrimarySoft : Theme.text
        }
        Text {
            id: hint
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: item.shortcutHint
            font.pixelSize: Theme.fontCaption
            color: item.current ? Theme.inkOnPrimarySoft : Theme.textMuted
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: item.current ? Theme.primarySoft : (item.hovered ? Theme.surfaceAlt : "transparent")
        border.width: item.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
}
