import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A leader's walks in the period (by the roster's label for their device), as a bar with the
// number, the last walk's date and, in words, whether they have not walked in 90 days.
ItemDelegate {
    id: row

    required property int index
    required property string label
    required property bool onRoster
    required property int walks
    required property real share
    required property var lastWalkMs
    required property bool idle
    required property var walkIds

    signal walksRequested(string title, var walkIds)

    objectName: "leader_" + index
    padding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    readonly property string nameText: onRoster ? label : qsTr("Device not on the roster")
    readonly property string figuresText: qsTr("%n walk(s)", "", walks)
        + (lastWalkMs !== null && lastWalkMs !== undefined ? " · " + qsTr("last walk %1").arg(AppController.effectiveLanguage.length >= 0 ? Vocabulary.date(lastWalkMs) : "") : "")
        + (idle ? " · " + qsTr("no walk in 90 days") : "")
    Accessible.name: nameText + ", " + figuresText
    onClicked: row.walksRequested(row.nameText, row.walkIds)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: row.nameText }
        ReviewBar { Layout.fillWidth: true; share: row.share }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            color: row.idle ? Theme.warning : Theme.text
            text: row.figuresText
        }
    }
}
