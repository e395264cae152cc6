import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The CCO moves the review circle to a new sync address (a new Nextcloud, another share). The
// key, the devices and the received summaries stay; the invitation changes, and executives join
// again with it, which sends their summaries to the new address. Folded until asked for, so a
// routine visit does not invite an accidental move.
ItsCard {
    id: card

    required property ReviewCircleController circle
    property bool open: false
    // Shown after a move, until the page is left.
    property string movedTo

    objectName: "syncAddressMoveCard"

    function move() {
        const address = newAddress.text.trim()
        if (!card.circle.moveTo(address, true))
            return
        card.movedTo = card.circle.targetUrl
        newAddress.text = ""
        card.open = false
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { Layout.fillWidth: true; text: qsTr("Sync address"); role: "title" }
        ItsLabel {
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.WrapAnywhere
            text: card.circle.targetUrl
        }
        ItsBanner {
            objectName: "syncAddressMoved"
            Layout.fillWidth: true
            visible: card.movedTo.length > 0
            tone: "success"
            text: qsTr("The circle now syncs through %1. Send every executive the new invitation: when they join with it, their summaries are sent there again, and the inbox skips the ones it already has.")
                  .arg(card.movedTo)
        }
        ItsButton {
            objectName: "changeSyncAddressButton"
            visible: !card.open
            text: qsTr("Change the sync address…")
            onClicked: card.open = true
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: card.open
            spacing: Theme.spacingS
            ItsLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Use this when the company moves its WebDAV server or shared folder. The review key, the devices and the summaries already received stay.")
            }
            ItsTextField {
                id: newAddress
                objectName: "newSyncAddressField"
                Layout.fillWidth: true
                label: qsTr("New folder path or WebDAV address")
                placeholderText: "https://cloud.example.com/remote.php/dav/files/review/"
                onAccepted: card.move()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                ItsButton {
                    objectName: "confirmSyncAddressButton"
                    kind: "primary"
                    enabled: newAddress.text.trim().length > 0
                    text: qsTr("Move the circle")
                    onClicked: card.move()
                }
                ItsButton {
                    text: qsTr("Cancel")
                    onClicked: {
                        newAddress.text = ""
                        card.open = false
                        card.circle.clearError()
                    }
                }
            }
        }
    }
}
