import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A walk behind a figure: journey, leader (the device's roster label) and date, score and pain
// points. Nobody on the front line is named: summaries carry no staff names.
ItemDelegate {
    id: row

    required property string walkId
    required property string journeyName
    required property string executive
    required property real finishedMs
    required property var meanScore
    required property int painPointCount

    signal summaryRequested(string walkId)

    objectName: "walkRow_" + walkId
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingS)
    readonly property string who: executive.length > 0 ? executive : qsTr("Device not on the roster")
    readonly property string figures: (meanScore === null || meanScore === undefined ? qsTr("Not scored")
                                                                                      : qsTr("Score %1/100").arg(Math.round(meanScore)))
                                      + " · " + qsTr("%n pain point(s)", "", painPointCount)
    // Vocabulary's words come from C++: reading the language makes the binding follow it.
    readonly property string dateText: AppController.effectiveLanguage.length >= 0 ? Vocabulary.date(finishedMs) : ""
    Accessible.name: journeyName + ", " + who + ", " + dateText + ", " + figures
    onClicked: row.summaryRequested(row.walkId)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : Theme.surface
        border.width: row.visualFocus ? 3 : 1
        border.color: row.visualFocus ? Theme.focus : Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; text: row.journeyName; font.weight: Font.DemiBold }
        ItsLabel { Layout.fillWidth: true; text: row.figures }
        ItsLabel { Layout.fillWidth: true; role: "caption"; muted: true; text: row.who + " · " + row.dateText }
    }
}
