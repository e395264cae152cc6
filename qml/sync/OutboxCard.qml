pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The executive's outbox: each walk's summary and where it is (queued, uploading, synced, or
// failed with the reason and the attempt), with "Sync now" and the last sync's counts.
ItsCard {
    id: card

    required property OutboxModel outbox

    objectName: "outboxCard"

    // The last sync's counts, worded here so they follow a change of language.
    function resultText(result: var): string {
        return result.synced === undefined ? ""
                                           : qsTr("Synced %1, failed %2").arg(result.synced).arg(result.failed)
    }
    function stateText(state: string): string {
        if (state === "queued") return qsTr("Queued")
        if (state === "uploading") return qsTr("Uploading")
        if (state === "synced") return qsTr("Synced")
        if (state === "failed") return qsTr("Failed")
        return state
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        RowLayout {
            Layout.fillWidth: true
            ItsLabel { Layout.fillWidth: true; text: qsTr("Summaries sent"); role: "title" }
            ItsButton {
                objectName: "syncNowButton"
                kind: "primary"
                text: card.outbox.busy ? qsTr("Syncing…") : qsTr("Sync now")
                enabled: !card.outbox.busy
                Accessible.name: qsTr("Send finished walks' summaries now")
                onClicked: card.outbox.syncNow()
            }
        }
        ItsBanner {
            objectName: "outboxResult"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: card.outbox.errorString.length > 0 ? "danger" : "success"
            text: card.outbox.errorString.length > 0 ? card.outbox.errorString
                                                      : card.resultText(card.outbox.lastResult)
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: card.outbox.count === 0
            muted: true
            text: qsTr("Nothing sent yet. Each walk's summary is sent in the background as soon as you finish the walk, while the app is unlocked; “Sync now” sends anything still waiting at once.")
        }
        Repeater {
            model: card.outbox
            delegate: RowLayout {
                id: entry
                required property string walkId
                required property int revision
                required property string syncState
                required property int attempts
                required property string lastError
                required property string journeyName
                required property real startedMs
                objectName: "outboxRow_" + walkId
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                spacing: Theme.spacingS
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    ItsLabel { Layout.fillWidth: true; text: (entry.journeyName.length > 0 ? entry.journeyName : qsTr("Walk %1").arg(entry.walkId.substring(0, 8)))
                                         + (entry.startedMs > 0 ? " · " + Vocabulary.date(entry.startedMs) : "")
                                         + (entry.revision > 1 ? " · " + qsTr("revision %1").arg(entry.revision) : ""); elide: Text.ElideRight; wrapMode: Text.NoWrap }
                    ItsLabel {
                        Layout.fillWidth: true
                        visible: entry.syncState === "failed"
                        role: "caption"
                        color: Theme.danger
                        text: qsTr("%1 (attempt %2, retried automatically)").arg(entry.lastError).arg(entry.attempts)
                    }
                }
                ItsLabel {
                    objectName: "outboxState_" + entry.walkId
                    text: card.stateText(entry.syncState)
                    font.weight: Font.DemiBold
                    color: entry.syncState === "failed" ? Theme.danger : entry.syncState === "synced" ? Theme.success : Theme.text
                }
            }
        }
    }
}
