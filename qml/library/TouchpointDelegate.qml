import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Preview of one touchpoint: channel, owning department, target times and the rubric with
// must-be (baseline) and delighter criteria told apart.
ItsCard {
    id: card

    required property int index
    required property string name
    required property string channel
    required property string department
    required property var slas
    required property var criteria

    objectName: "touchpointCard_" + index
    Accessible.role: Accessible.Grouping
    Accessible.name: name

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        ItsLabel {
            Layout.fillWidth: true
            text: card.name
            role: "bodyLarge"
            font.weight: Font.DemiBold
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            muted: true
            text: qsTr("%1 \u00b7 owned by %2").arg(Vocabulary.channelLabel(card.channel))
                      .arg(card.department.length > 0 ? Vocabulary.departmentLabel(card.department) : qsTr("no department"))
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: card.slas.length > 0
            role: "caption"
            text: qsTr("Targets: %1").arg(card.slas.map(
                      s => Vocabulary.phaseLabel(s.phase) + " \u2264 " + Vocabulary.target(s.seconds * 1000)).join(", "))
        }
        Repeater {
            model: card.criteria
            delegate: RowLayout {
                id: criterionRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Rectangle {
                    objectName: "criterionKind"
                    implicitWidth: kindLabel.implicitWidth + 2 * Theme.spacingS
                    implicitHeight: kindLabel.implicitHeight + Theme.spacingXs
                    radius: Theme.radiusS
                    color: criterionRow.modelData.mustBe ? Theme.warningSoft : Theme.successSoft
                    ItsLabel {
                        id: kindLabel
                        anchors.centerIn: parent
                        role: "caption"
                        text: criterionRow.modelData.mustBe ? qsTr("Must-be") : qsTr("Delighter")
                        color: criterionRow.modelData.mustBe ? Theme.inkOnWarningSoft : Theme.inkOnSuccessSoft
                    }
                }
                ItsLabel {
                    Layout.fillWidth: true
                    text: criterionRow.modelData.text
                }
            }
        }
    }
}
