import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// One cell of the silo map: customers handed from one department (the row) to another (the
// column), the count written in the cell on a fill whose strength follows the count, and the
// repeats that followed. Empty pairs stay blank. Tapping a cell lists its walks.
ItemDelegate {
    id: cell

    required property string from
    required property string to
    required property int fromIndex
    required property int toIndex
    required property int handoffs
    required property int repeatsAfter
    required property real share
    required property var walkIds

    signal walksRequested(string title, var walkIds)

    objectName: "siloCell_" + from + "_" + to
    enabled: handoffs > 0
    padding: 2

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    readonly property string pairText: qsTr("%1 to %2").arg(word(Vocabulary.departmentLabel(from))).arg(word(Vocabulary.departmentLabel(to)))
    readonly property string figuresText: qsTr("%n handoff(s)", "", handoffs) + ", " + qsTr("%n repeat(s) after", "", repeatsAfter)
    Accessible.name: pairText + ": " + figuresText
    onClicked: cell.walksRequested(cell.pairText, cell.walkIds)

    background: Rectangle {
        radius: Theme.radiusS
        color: cell.handoffs === 0 ? Theme.surface : cell.share > 0.66 ? Theme.chartPoor
             : cell.share > 0.33 ? Theme.chartMixed : Theme.chartGood
        border.width: cell.visualFocus ? 3 : 1
        border.color: cell.visualFocus ? Theme.focus : Theme.divider
    }
    contentItem: Column {
        spacing: 0
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: cell.handoffs > 0 ? cell.handoffs : ""
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Font.DemiBold
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: cell.handoffs > 0
            text: qsTr("↻ %1").arg(cell.repeatsAfter)
            color: Theme.inkOnChart
            font.pixelSize: Theme.fontCaption
        }
    }
}
