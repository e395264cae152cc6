import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One touchpoint of a walk: done, running or still to do, and whether it is where you are.
ItemDelegate {
    id: row

    required property int index
    required property string name
    required property string channel
    required property string department
    required property string status
    required property int contactCount
    property bool current: false

    objectName: "step_" + index
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingL, implicitContentHeight + 2 * Theme.spacingM)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(name).arg(statusText)
    Accessible.selected: current

    readonly property string statusText: status === "done" ? qsTr("done")
                                       : status === "failed" ? qsTr("a must-be failed")
                                       : status === "open" ? qsTr("in progress") : qsTr("to do")

    background: Rectangle {
        color: row.current ? Theme.primarySoft : (row.down ? Theme.surfaceAlt : Theme.surface)
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM
        Rectangle {
            implicitWidth: 28
            implicitHeight: 28
            radius: 14
            objectName: "stepMark_" + row.index
            color: row.status === "done" ? Theme.success : row.status === "failed" ? Theme.danger
                 : row.status === "open" ? Theme.warning : "transparent"
            border.width: 2
            border.color: row.status === "todo" ? Theme.border : color
            Text {
                anchors.centerIn: parent
                text: row.status === "done" ? "\u2713" : row.status === "failed" ? "\u2715" : (row.index + 1)
                color: row.status === "todo" ? Theme.text : Theme.background
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            ItsLabel {
                Layout.fillWidth: true
                text: row.name
                font.weight: row.current ? Font.DemiBold : Font.Normal
                color: row.current ? Theme.inkOnPrimarySoft : Theme.text
            }
            ItsLabel {
                Layout.fillWidth: true
                role: "caption"
                color: row.current ? Theme.inkOnPrimarySoft : Theme.textMuted
                text: Vocabulary.channelLabel(row.channel) + " \u00b7 " + Vocabulary.departmentLabel(row.department)
                      + (row.status === "failed" ? " \u00b7 " + row.statusText : "")
                      + (row.contactCount > 1 ? " \u00b7 " + qsTr("%n contact(s)", "", row.contactCount) : "")
            }
        }
    }
}
