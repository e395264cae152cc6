import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
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

    contentItem: RowLayout {
        spacing: Theme.spacingS
        Text {
            Layout.fillWidth: true
            text: item.text
            font: item.font
            elide: Text.ElideRight
            color: item.current ? Theme.inkOnPrimarySoft : Theme.text
        }
        Text {
            visible: text.length > 0
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
