import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One pending wait: what you are waiting for, since when, and the two ways it ends.
Rectangle {
    id: row

    required property int index
    required property string touchpointName
    required property string journeyName
    required property string phase
    required property double sinceMs
    required property double waitedMs
    required property double dueMs
    required property bool overdue
    required property string nextPhase
    signal arrived()
    signal endRequested()

    objectName: "wait_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    color: overdue ? Theme.warningSoft : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2 for %3").arg(touchpointName).arg(Vocabulary.phaseLabel(phase)).arg(Vocabulary.duration(waitedMs))

    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs
        ItsLabel {
            Layout.fillWidth: true
            text: row.touchpointName
            role: "bodyLarge"
            font.weight: Font.DemiBold
            color: row.overdue ? Theme.inkOnWarningSoft : Theme.text
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            color: row.overdue ? Theme.inkOnWarningSoft : Theme.textMuted
            text: row.journeyName + " \u00b7 " + Vocabulary.phaseLabel(row.phase) + " \u00b7 "
                  + qsTr("since %1").arg(Vocabulary.dateTime(row.sinceMs))
        }
        ItsLabel {
            objectName: "waited_" + row.index
            role: "headline"
            font.family: "monospace"
            color: row.overdue ? Theme.inkOnWarningSoft : Theme.text
            text: Vocabulary.duration(row.waitedMs)
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            color: row.overdue ? Theme.inkOnWarningSoft : Theme.textMuted
            text: row.overdue ? qsTr("Overdue: target was %1").arg(Vocabulary.target(row.dueMs))
                              : qsTr("Target %1").arg(Vocabulary.target(row.dueMs))
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ItsButton {
                objectName: "waitArrived_" + row.index
                kind: "primary"
                visible: row.nextPhase.length > 0
                text: qsTr("Answer arrived: %1").arg(Vocabulary.phaseLabel(row.nextPhase))
                Accessible.name: qsTr("The answer arrived: keep timing the contact")
                onClicked: row.arrived()
            }
            ItsButton {
                objectName: "waitEnd_" + row.index
                text: qsTr("End contact\u2026")
                Accessible.name: qsTr("End this contact and record the outcome")
                onClicked: row.endRequested()
            }
        }
    }
}
