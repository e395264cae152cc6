import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One walk in the history: journey, persona, date, status, where its summary is on the way to
// the review (when this device is in a review circle), and its actions.
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
    // The outbox's word on this walk ({state, error, nextAttemptMs}); empty: never queued.
    property var sync: ({})
    readonly property string syncState: sync.state ?? ""
    function syncText(): string {
        switch (syncState) {
        case "queued": return qsTr("Summary queued for the review")
        case "uploading": return qsTr("Summary on its way to the review…")
        case "synced": return qsTr("Summary delivered to the review")
        case "failed":
            return qsTr("Summary not delivered yet: %1. Next try at %2.")
                .arg(sync.error)
                .arg(Vocabulary.time(sync.nextAttemptMs))
        default: return ""
        }
    }
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
            text: [Vocabulary.dateTime(row.startedMs),
                   Vocabulary.sectorLabel(row.sector), qsTr("as %1").arg(row.persona),
                   qsTr("%n contact(s)", "", row.contactCount),
                   row.status === "finished" ? qsTr("finished") : qsTr("in progress")].join(" \u00b7 ")
        }
        ItsLabel {
            objectName: "syncState_" + row.walkId
            Layout.fillWidth: true
            visible: row.syncState.length > 0
            role: "caption"
            color: row.syncState === "failed" ? Theme.danger
                 : row.syncState === "synced" ? Theme.success : Theme.textMuted
            wrapMode: Text.Wrap
            text: row.syncText()
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
