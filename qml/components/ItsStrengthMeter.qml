import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Four bars and a word for a passphrase strength score (0..4, from PassphraseMeter).
ColumnLayout {
    id: meter

    property int score: 0
    property string label
    property string advice

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Indicator
    Accessible.name: qsTr("Passphrase strength: %1").arg(label)

    readonly property color barColor: score <= 1 ? Theme.danger
                                     : score === 2 ? Theme.warning : Theme.success

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 6
            radius: 3
            color: meter.score > 0 ? meter.barColor : Theme.divider
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 6
            radius: 3
            color: meter.score > 1 ? meter.barColor : Theme.divider
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 6
            radius: 3
            color: meter.score > 2 ? meter.barColor : Theme.divider
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 6
            radius: 3
            color: meter.score > 3 ? meter.barColor : Theme.divider
        }
    }
    ItsLabel {
        Layout.fillWidth: true
        role: "caption"
        text: meter.advice.length > 0 ? meter.label + " \u2014 " + meter.advice : meter.label
        color: meter.score <= 1 ? Theme.danger : Theme.textMuted
    }
}
