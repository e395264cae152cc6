import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A row of a department's findings: a pain or moment theme (with frequency x severity), a
// touchpoint it owns, or a department it hands customers to or receives them from (with the
// repeats that followed). Tapping it lists the walks behind it.
ItemDelegate {
    id: row

    property int position
    required property string kind
    required property string label
    required property int count
    required property var meanSeverity
    required property var weight
    required property var repeats
    required property var walkIds
    property int topCount: 1

    signal walksRequested(string title, var walkIds)

    objectName: "departmentRow_" + kind + "_" + position
    padding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    readonly property string labelText: kind === "pain" || kind === "moment" ? word(Vocabulary.themeLabel(label))
                                      : kind === "touchpoint" ? label : word(Vocabulary.departmentLabel(label))
    readonly property string figuresText: {
        if (kind === "pain" || kind === "moment")
            return qsTr("%n time(s) × severity %1 = %2", "", count)
                    .arg(Number(meanSeverity).toLocaleString(Qt.locale(), "f", 1)).arg(weight)
        if (kind === "touchpoint")
            return qsTr("%n contact(s)", "", count)
        return qsTr("%n handoff(s)", "", count) + " · " + qsTr("%n repeat(s) after", "", repeats)
    }
    Accessible.name: labelText + ", " + figuresText
    onClicked: row.walksRequested(row.labelText, row.walkIds)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    contentItem: ColumnLayout {
        spacing: 2
        ItsLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: row.labelText }
        ReviewBar { Layout.fillWidth: true; share: row.count / Math.max(1, row.topCount) }
        ItsLabel { Layout.fillWidth: true; role: "caption"; text: row.figuresText }
    }
}
