import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One walk in the history: journey, persona, date, status, and its actions.
Rectangle {
    id: row

    required property int index
    required property string walkId
    required property string journeyName
    required property string sector
    required property string persona
    required property string status
    required property double startedMs
    required property int contactCount
    signal openRequested()
    signal reopenRequested()
    signal exportRequested(string kind)

    objectName: "walk_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: journeyName

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
            text: row.journeyName
            role: "bodyLarge"
            font.weight: Font.DemiBold
        }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            muted: true
            text: [new Date(row.startedMs).toLocaleString(Qt.locale(), Locale.ShortFormat),
                   Vocabulary.sectorLabel(row.sector), qsTr("as %1").arg(row.persona),
                   qsTr("%n contact(s)", "", row.contactCount),
                   row.status === "finished" ? qsTr("finished") : qsTr("in progress")].join(" \u00b7 ")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            ItsButton {
                objectName: "openWalk_" + row.index
                kind: "primary"
                text: row.status === "finished" ? qsTr("Open") : qsTr("Continue")
                Accessible.name: qsTr("Open the walk %1").arg(row.journeyName)
                onClicked: row.openRequested()
            }
            ItsButton {
                objectName: "reopenWalk_" + row.index
                visible: row.status === "finished"
                text: qsTr("Reopen")
                Accessible.name: qsTr("Reopen the walk %1 to change it").arg(row.journeyName)
                onClicked: row.reopenRequested()
            }
            ItsButton {
                objectName: "exportWalk_" + row.index
                kind: "flat"
                text: qsTr("Export walk")
                Accessible.name: qsTr("Export the full walk, private notes included")
                onClicked: row.exportRequested("walk")
            }
            ItsButton {
                objectName: "exportSummary_" + row.index
                kind: "flat"
                text: qsTr("Export summary")
                Accessible.name: qsTr("Export the shareable summary")
                onClicked: row.exportRequested("summary")
            }
        }
    }
}
