import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A department in the ranking: a bar of its pain weight with the numbers written out.
ItemDelegate {
    id: row

    required property int index
    required property string department
    required property int painPoints
    required property int weight
    required property real share
    required property int memorableMoments
    required property int handoffsIn
    required property int handoffsOut

    signal departmentRequested(string department)

    objectName: "departmentRank_" + department
    padding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    readonly property string nameText: word(Vocabulary.departmentLabel(department))
    readonly property string figuresText: qsTr("Pain weight %1 · %n pain point(s)", "", painPoints).arg(weight)
                                          + " · " + qsTr("%n handoff(s) out", "", handoffsOut)
                                          + " · " + qsTr("%n in", "", handoffsIn)
                                          + " · " + qsTr("%n memorable moment(s)", "", memorableMoments)
    Accessible.name: qsTr("%1. %2").arg(index + 1).arg(nameText) + ", " + figuresText
    onClicked: row.departmentRequested(row.department)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: qsTr("%1. %2").arg(row.index + 1).arg(row.nameText) }
        ReviewBar { Layout.fillWidth: true; share: row.share }
        ItsLabel { Layout.fillWidth: true; role: "caption"; text: row.figuresText }
    }
}
