pragma ComponentBehavior: Bound
import QtQuick
import InTheirShoes

// The summary's evidence: every contact's photos (thumbnails) and voice memos (play/pause and
// their length), with captions. They stay on this device; the shared summary carries only the
// photos the executive chose to share (after EvidenceShareDialog), as smaller copies. Delete asks
// first, then removes the item and its data from the vault.
ItsCard {
    id: card

    required property WalkController walk
    property alias items: evidenceItems
    property alias player: player
    signal deleteRequested(string evidenceId, string kind)
    signal shareRequested(string evidenceId, string caption)

    // After the confirmation (SummaryPage's EvidenceDeleteDialog): the item and its chunks go.
    function remove(evidenceId: string): bool {
        if (player.currentId === evidenceId)
            player.stop()
        return evidenceItems.remove(evidenceId)
    }

    objectName: "evidenceCard"

    EvidenceListModel {
        id: evidenceItems
        objectName: "summaryEvidence"
        walk: card.walk
    }
    EvidencePlayer {
        id: player
        objectName: "summaryPlayer"
        walk: card.walk
    }

    // Positioners, not Layouts, around the Repeater (see SummaryPage's pain points).
    Column {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { width: parent.width; text: qsTr("Evidence"); role: "title" }
        ItsLabel {
            objectName: "evidenceCounts"
            width: parent.width
            muted: true
            wrapMode: Text.Wrap
            text: evidenceItems.count === 0 ? qsTr("No photos or voice memos.")
                                            : qsTr("%n photo(s)", "", evidenceItems.photoCount) + ", "
                                              + qsTr("%n voice memo(s)", "", evidenceItems.memoCount) + ". "
                                              + qsTr("They stay on this device; only a photo you share travels, as a smaller copy sealed with the summary.")
        }
        ItsBanner {
            width: parent.width
            visible: text.length > 0
            tone: "danger"
            text: evidenceItems.errorString.length > 0 ? evidenceItems.errorString : player.errorString
        }
        Repeater {
            model: evidenceItems
            delegate: EvidenceItemDelegate {
                width: parent ? parent.width : 0
                player: player
                onDeleteRequested: (evidenceId, kind) => card.deleteRequested(evidenceId, kind)
                onShareRequested: (evidenceId, caption) => card.shareRequested(evidenceId, caption)
                onUnshareRequested: evidenceId => evidenceItems.unshare(evidenceId)
            }
        }
    }
}
