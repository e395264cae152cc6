import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One lap of the stopwatch: the phase and how long it lasted (the running one is bold).
Rectangle {
    id: lap

    required property int index
    required property string phase
    required property double ms
    required property bool running

    objectName: "lap_" + index
    implicitHeight: Theme.touchTarget
    color: running ? Theme.primarySoft : "transparent"
    radius: Theme.radiusS
    Accessible.role: Accessible.ListItem
    Accessible.name: Vocabulary.phaseLabel(phase) + " " + Vocabulary.duration(ms)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        ItsLabel {
            Layout.fillWidth: true
            text: (lap.index + 1) + ". " + Vocabulary.phaseLabel(lap.phase)
            color: lap.running ? Theme.inkOnPrimarySoft : Theme.text
            font.weight: lap.running ? Font.DemiBold : Font.Normal
        }
        ItsLabel {
            text: Vocabulary.duration(lap.ms)
            font.family: "monospace"
            color: lap.running ? Theme.inkOnPrimarySoft : Theme.text
            font.weight: lap.running ? Font.DemiBold : Font.Normal
        }
    }
}
