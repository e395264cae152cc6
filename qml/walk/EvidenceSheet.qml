pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import InTheirShoes

// Evidence for the contact on screen: a caption for the next item, then a photo (camera; on a
// desktop also "Choose image…" and "Paste image") or a voice memo. Everything goes straight
// into the vault with its time on the contact's timeline; the items already taken are listed,
// a photo with its "Share with the review" / "Make private" action.
// Messages (no camera, no microphone, access off, full disk, unreadable file) show in the sheet
// and lose nothing: the caption stays until an item is saved.
ItsDialog {
    id: sheet

    required property ContactController contact
    required property EvidenceCapture capture
    required property MemoRecorder recorder
    required property EvidenceListModel items
    required property EvidencePlayer player
    required property CallAudioPolicy policy
    // False (tests): "Take photo" is offered without a camera and the picture is fed by the test.
    property bool cameraEnabled: true
    readonly property bool desktop: Qt.platform.os !== "android" && Qt.platform.os !== "ios"
    readonly property bool recording: recorder.state !== "idle"
    signal cameraRequested()
    signal chooseImageRequested()
    signal consentRequested()
    signal shareRequested(string evidenceId, string caption) // ContactPage asks first

    objectName: "evidenceSheet"
    title: qsTr("Evidence")
    // Not closed by a stray tap while a memo records; Escape and "Done" still close it.
    closePolicy: sheet.recording ? Popup.NoAutoClose : Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: Math.min(parent ? parent.width - 2 * Theme.spacingM : 360, 560)
    height: Math.min(parent ? parent.height - 2 * Theme.spacingM : 640, implicitHeight)
    standardButtons: Dialog.Close
    onAboutToShow: policy.reload() // Settings may have changed it

    MediaDevices { id: devices }
    readonly property bool hasCamera: devices.videoInputs.length > 0

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight
        implicitHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacingM

            ItsTextField {
                objectName: "evidenceCaptionField"
                Layout.fillWidth: true
                label: qsTr("Caption")
                placeholderText: qsTr("What does it show? (optional)")
                text: sheet.capture.caption
                onTextChanged: sheet.capture.caption = text
            }
            ItsBanner {
                objectName: "evidenceError"
                Layout.fillWidth: true
                visible: text.length > 0
                tone: "danger"
                text: sheet.recorder.errorString.length > 0 ? sheet.recorder.errorString
                      : sheet.capture.errorString.length > 0 ? sheet.capture.errorString : sheet.items.errorString
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Photo"); role: "title" }
            ItsLabel {
                objectName: "noCameraLabel"
                Layout.fillWidth: true
                visible: sheet.cameraEnabled && !sheet.hasCamera
                muted: true
                wrapMode: Text.Wrap
                text: sheet.desktop ? qsTr("No camera found: choose or paste an image instead.") : qsTr("No camera found.")
            }
            ItsButton {
                objectName: "takePhotoButton"
                Layout.fillWidth: true
                visible: sheet.hasCamera || !sheet.cameraEnabled
                enabled: !sheet.recording
                text: qsTr("Take photo")
                onClicked: sheet.cameraRequested()
            }
            // Side by side when both words fit; stacked on a narrow sheet.
            GridLayout {
                Layout.fillWidth: true
                visible: sheet.desktop
                columns: column.width >= 440 ? 2 : 1
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS
                ItsButton {
                    objectName: "chooseImageButton"
                    Layout.fillWidth: true
                    enabled: !sheet.recording
                    text: qsTr("Choose image…")
                    Accessible.name: qsTr("Choose an image file")
                    onClicked: sheet.chooseImageRequested()
                }
                ItsButton {
                    objectName: "pasteImageButton"
                    Layout.fillWidth: true
                    enabled: !sheet.recording && sheet.capture.clipboardHasImage
                    text: qsTr("Paste image")
                    onClicked: sheet.capture.pasteImage()
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Voice memo"); role: "title" }
            ItsButton {
                objectName: "recordMemoButton"
                Layout.fillWidth: true
                visible: !sheet.recording
                text: qsTr("Record a voice memo")
                onClicked: sheet.recorder.start()
            }
            MemoPanel {
                Layout.fillWidth: true
                visible: sheet.recording
                recorder: sheet.recorder
            }
            // Only where the company policy allows it (Settings); otherwise not offered at all.
            ItsButton {
                objectName: "callAudioButton"
                Layout.fillWidth: true
                visible: sheet.policy.allowed && !sheet.recording
                text: qsTr("Record the call on speaker…")
                Accessible.name: qsTr("Record the call audio on speaker, after saying the consent sentence")
                onClicked: sheet.consentRequested()
            }

            ItsLabel {
                objectName: "evidenceCountLabel"
                Layout.fillWidth: true
                role: "title"
                text: qsTr("On this contact: %1").arg(sheet.items.count)
            }
            ItsLabel {
                Layout.fillWidth: true
                visible: sheet.items.count === 0
                muted: true
                wrapMode: Text.Wrap
                text: qsTr("Nothing yet. Photos and memos stay on this device, encrypted.")
            }
            Repeater {
                model: sheet.items
                delegate: EvidenceItemDelegate {
                    Layout.fillWidth: true
                    player: sheet.player
                    deletable: false
                    onShareRequested: (evidenceId, caption) => sheet.shareRequested(evidenceId, caption)
                    onUnshareRequested: evidenceId => sheet.items.unshare(evidenceId)
                }
            }
        }
    }
}
