import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One entry of the desktop navigation list; `current` marks the section on screen. Long labels
// (Italian) wrap onto a second line instead of being cut off; `badgeCount` shows a count pill
// (e.g. overdue waits) and `badgeText` says what it counts, for screen readers.
ItemDelegate {
    id: item

    property bool current: false
    property string shortcutHint
    property int badgeCount: 0
    property string badgeText

    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingS,
                             implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBodyLarge
    font.weight: current ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus
    Accessible.name: badgeCount > 0 && badgeText.length > 0 ? text + ", " + badgeText : text
    Accessible.role: Accessible.PageTab
    Accessible.selected: current

    contentItem: RowLayout {
        spacing: Theme.spacingS
        Text {
            objectName: "navLabel"
            Layout.fillWidth: true
            text: item.text
            font: item.font
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: item.current ? Theme.inkOnPrimarySoft : Theme.text
        }
        ItsCountBadge {
            objectName: "navBadge"
            count: item.badgeCount
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
