import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One journey of the library: name, sector, language and the channels it crosses.
ItemDelegate {
    id: row

    required property int index
    required property string templateId
    required property string name
    required property string sector
    required property string language
    required property var channels
    property bool selected: false

    objectName: "template_" + templateId
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingL, implicitContentHeight + 2 * Theme.spacingM)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(name).arg(Vocabulary.sectorLabel(sector))

    background: Rectangle {
        color: row.selected ? Theme.primarySoft : (row.down ? Theme.surfaceAlt : Theme.surface)
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        ItsLabel {
            Layout.fillWidth: true
            text: row.name
            role: "bodyLarge"
            font.weight: Font.DemiBold
            color: row.selected ? Theme.inkOnPrimarySoft : Theme.text
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            muted: !row.selected
            color: row.selected ? Theme.inkOnPrimarySoft : Theme.textMuted
            text: Vocabulary.sectorLabel(row.sector) + " \u00b7 " + row.language.toUpperCase()
                  + " \u00b7 " + row.channels.map(c => Vocabulary.channelLabel(c)).join(", ")
        }
    }
}
