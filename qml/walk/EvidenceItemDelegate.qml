import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One photo or voice memo: a thumbnail decrypted into memory (image://evidence, synchronous:
// the vault is the UI thread's) or a play/pause button with the memo's length; the caption, the
// touchpoint and the time on the contact's timeline; a delete button when `deletable`. A photo
// also says whether it is shared with the review, with the action that changes it (sharing asks
// first, in EvidenceShareDialog; making it private does not). Voice never leaves the device, so
// a memo has neither.
Rectangle {
    id: item

    required property int index
    required property string evidenceId
    required property string kind
    required property string caption
    required property string source
    required property double offsetMs
    required property double durationMs
    required property string touchpointName
    required property bool shared
    required property EvidencePlayer player
    property bool deletable: true
    readonly property bool isCurrent: player.currentId === evidenceId
    signal deleteRequested(string evidenceId, string kind)
    signal shareRequested(string evidenceId, string caption)
    signal unshareRequested(string evidenceId)

    objectName: "evidence_" + index
    implicitHeight: rows.implicitHeight + 2 * Theme.spacingS
    color: Theme.surfaceAlt
    radius: Theme.radiusM
    Accessible.role: Accessible.ListItem
    Accessible.name: (kind === "photo" ? qsTr("Photo") : qsTr("Voice memo")) + " " + caption

    ColumnLayout {
        id: rows
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Item {
                id: thumb
                Layout.alignment: Qt.AlignTop
                implicitWidth: 72
                implicitHeight: 72
                width: 72
                height: 72
                Image {
                    objectName: "evidenceThumb"
                    anchors.fill: parent
                    visible: item.kind === "photo"
                    source: item.source
                    sourceSize.width: 144 // a thumbnail, not the whole photo in memory
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: false
                    cache: false
                }
                ItsButton {
                    objectName: "playMemoButton"
                    anchors.fill: parent
                    visible: item.kind === "voice"
                    kind: item.isCurrent && item.player.playing ? "primary" : "secondary"
                    text: item.isCurrent && item.player.playing ? "\u23f8" : "\u25b6"
                    font.pixelSize: Theme.fontHeadline
                    Accessible.name: item.isCurrent && item.player.playing ? qsTr("Pause the voice memo") : qsTr("Play the voice memo")
                    onClicked: item.player.toggle(item.evidenceId)
                }
            }
            ColumnLayout {
                id: texts
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingXs
                ItsLabel {
                    objectName: "evidenceCaption"
                    Layout.fillWidth: true
                    text: item.caption.length > 0 ? item.caption : (item.kind === "photo" ? qsTr("Photo without caption") : qsTr("Voice memo without caption"))
                    muted: item.caption.length === 0
                    wrapMode: Text.Wrap
                }
                ItsLabel {
                    objectName: "evidenceWhen"
                    Layout.fillWidth: true
                    role: "caption"
                    muted: true
                    wrapMode: Text.Wrap
                    text: {
                        const parts = []
                        if (item.touchpointName.length > 0)
                            parts.push(item.touchpointName)
                        if (item.offsetMs >= 0)
                            parts.push(qsTr("at %1 into the contact").arg(Vocabulary.duration(item.offsetMs)))
                        if (item.kind === "voice") {
                            if (item.isCurrent && item.player.durationMs > 0)
                                parts.push(qsTr("%1 of %2").arg(Vocabulary.duration(item.player.positionMs)).arg(Vocabulary.duration(item.player.durationMs)))
                            else if (item.durationMs >= 0)
                                parts.push(qsTr("length %1").arg(Vocabulary.duration(item.durationMs)))
                        }
                        return parts.join(" · ")
                    }
                }
            }
            ItsButton {
                objectName: "deleteEvidenceButton"
                Layout.alignment: Qt.AlignTop
                visible: item.deletable
                kind: "flat"
                text: qsTr("Delete")
                Accessible.name: item.kind === "photo" ? qsTr("Delete this photo") : qsTr("Delete this voice memo")
                onClicked: item.deleteRequested(item.evidenceId, item.kind)
            }
        }
        // Under the item, full width: the button keeps its place when the state changes, and the
        // label beside it says where the photo goes.
        RowLayout {
            objectName: "evidenceSharing"
            Layout.fillWidth: true
            visible: item.kind === "photo"
            spacing: Theme.spacingS
            ItsButton {
                objectName: item.shared ? "unshareEvidenceButton" : "shareEvidenceButton"
                kind: "secondary"
                text: item.shared ? qsTr("Make private") : qsTr("Share with the review")
                Accessible.name: item.shared ? qsTr("Make this photo private") : qsTr("Share this photo with the review")
                onClicked: item.shared ? item.unshareRequested(item.evidenceId) : item.shareRequested(item.evidenceId, item.caption)
            }
            ItsLabel {
                id: sharedLabel
                objectName: "evidenceSharedLabel"
                Layout.fillWidth: true
                // The badge hugs its words. Not its own implicitWidth: once wrapped, that is the
                // wrapped width, so a longer translation stayed on two lines with room to spare.
                Layout.maximumWidth: Math.ceil(badgeWords.advanceWidth) + leftPadding + rightPadding + 1
                role: "caption"
                wrapMode: Text.Wrap
                muted: !item.shared
                font.weight: item.shared ? Font.DemiBold : Font.Normal
                color: item.shared ? Theme.inkOnSuccessSoft : Theme.textMuted
                leftPadding: item.shared ? Theme.spacingS : 0
                rightPadding: leftPadding
                topPadding: item.shared ? Theme.spacingXs : 0
                bottomPadding: topPadding
                background: Rectangle {
                    visible: item.shared
                    color: Theme.successSoft
                    radius: Theme.radiusS
                }
                text: item.shared ? qsTr("Shared with the review") : qsTr("Private: stays on this device")
                TextMetrics {
                    id: badgeWords
                    font: sharedLabel.font
                    text: sharedLabel.text
                }
            }
        }
    }
}
