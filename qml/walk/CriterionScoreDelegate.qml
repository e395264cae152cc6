pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One rubric criterion scored with quick chips 1-5 or N/A. A failing must-be (1-2) turns red
// and says so; a met delighter (4-5) is called a memorable moment.
Rectangle {
    id: row

    required property int index
    required property string text
    required property bool mustBe
    required property int score
    required property bool failing
    required property bool met
    required property ObservationEditor editor

    objectName: "criterion_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: failing ? Theme.dangerSoft : met ? Theme.successSoft : Theme.surface
    border.width: failing ? 2 : 1
    border.color: failing ? Theme.danger : Theme.divider
    Accessible.role: Accessible.Grouping
    Accessible.name: text

    readonly property color ink: failing ? Theme.inkOnDangerSoft : met ? Theme.inkOnSuccessSoft : Theme.text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
        ItsLabel {
            Layout.fillWidth: true
            color: row.ink
            text: row.text
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            font.weight: Font.DemiBold
            color: row.ink
            text: row.failing ? qsTr("Must-be failed: this is a pain point")
                : row.met ? qsTr("Delighter met: a memorable moment")
                : row.mustBe ? qsTr("Must-be (baseline expectation)") : qsTr("Delighter")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: [1, 2, 3, 4, 5, 0]
                delegate: ItsChip {
                    required property int modelData
                    objectName: "score_" + row.index + "_" + (modelData === 0 ? "na" : modelData)
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.touchTarget
                    text: modelData === 0 ? qsTr("N/A") : String(modelData)
                    Accessible.name: modelData === 0 ? qsTr("Not applicable: %1").arg(row.text)
                                                     : qsTr("Score %1 of 5: %2").arg(modelData).arg(row.text)
                    checked: row.score === modelData
                    tone: row.failing && checked ? "danger" : "default"
                    // A second tap on the chosen chip clears the score.
                    onClicked: row.editor.setScore(row.index, row.score === modelData ? -1 : modelData)
                }
            }
        }
    }
}
