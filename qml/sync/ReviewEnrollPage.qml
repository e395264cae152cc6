pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import InTheirShoes

// The executive side: join a review circle with the CCO's invitation (a file, its text, its QR
// code through the camera, or a picture of the code), read both key fingerprints to the CCO,
// then watch each walk's summary travel (outbox). The camera option is shown only when the
// device has a camera; the picture option is always there.
ItsPage {
    id: page

    objectName: "reviewEnrollPage"
    title: qsTr("Review circle")

    property VaultSession session: AppController.session
    property alias enrollment: enrollment
    property alias outbox: outbox

    ReviewEnrollController {
        id: enrollment
        objectName: "reviewEnrollment"
        session: page.session
        credentials: AppController.syncCredentials
        onStateChanged: outbox.reload()
    }
    OutboxModel {
        id: outbox
        objectName: "outboxModel"
        session: page.session
        credentials: AppController.syncCredentials
    }
    // A WebDAV account typed after a refused request: send the request again with it.
    Connections {
        target: AppController.syncCredentials
        function onSaved(address: string, ok: bool, message: string) {
            if (enrollment.enrolled && !enrollment.requestPublished && !enrollment.publishing)
                enrollment.publishRequest()
        }
    }
    StackView.onActivated: outbox.reload()

    // A screenshot or photo of the CCO's QR code fills the invitation text, as pasting it would.
    function readInvitationImage(file: url): bool {
        const text = enrollment.readInvitationImage(file)
        if (text.length === 0)
            return false
        invitationText.text = text
        return true
    }
    // The same for a QR code the camera read: checked, then filled in; else the parser's error.
    function useScannedText(scanned: string): bool {
        const text = enrollment.checkInvitationText(scanned)
        if (text.length === 0)
            return false
        invitationText.text = text
        return true
    }

    // The camera: permission first (the OS may ask the user), then the scan dialog, made on
    // demand so no camera object exists until the executive asks for one.
    property bool cameraDenied: false
    // An enrolled device taking a new invitation (the circle moved, or a new circle).
    property bool rejoining: false

    function startRejoin() {
        labelField.text = enrollment.deviceLabel
        invitationText.text = ""
        invitationFile.text = ""
        page.rejoining = true
    }
    // What joining again changed, in words.
    function joinMessage(change: string, address: string): string {
        if (change === "moved")
            return qsTr("The review circle moved to %1. Your summaries are being sent there again; the CCO's inbox skips the ones it already has.").arg(address)
        if (change === "switched")
            return qsTr("You left the previous review circle. Every finished walk will be sealed for the new one and sent to %1.").arg(address)
        if (change === "rejoined")
            return qsTr("You are already in this review circle: your request was sent again.")
        return ""
    }
    function join() {
        const ok = invitationText.text.trim().length > 0
                ? enrollment.joinWithText(invitationText.text, labelField.text)
                : enrollment.joinWithFile(invitationFile.text, labelField.text)
        if (ok)
            page.rejoining = false
    }
    property bool awaitingCamera: false
    property QrScanDialog scanDialog: null
    function scanWithCamera() {
        cameraDenied = false
        awaitingCamera = true
        AppController.cameraPermission.request()
    }
    function openScanDialog(cameraEnabled: bool): QrScanDialog {
        if (!scanDialog)
            scanDialog = scanDialogComponent.createObject(page, { cameraEnabled: cameraEnabled }) as QrScanDialog
        scanDialog.open()
        return scanDialog
    }
    Connections {
        target: AppController.cameraPermission
        function onAnswered(granted: bool) {
            if (!page.awaitingCamera)
                return
            page.awaitingCamera = false
            page.cameraDenied = !granted
            if (granted)
                page.openScanDialog(true)
        }
    }
    Component {
        id: scanDialogComponent
        QrScanDialog {
            id: dialog
            onFound: text => page.useScannedText(text)
            // Closing releases the camera at once: the dialog and its Camera go away.
            onClosed: {
                page.scanDialog = null
                dialog.destroy()
            }
        }
    }
    MediaDevices { id: mediaDevices }
    // Whether to offer the camera; follows the devices (a test may set it to see the button).
    property bool hasCamera: mediaDevices.videoInputs.length > 0

    FileDialog {
        id: imageDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"), qsTr("All files (*)")]
        onAccepted: page.readInvitationImage(selectedFile)
    }
    FileDialog {
        id: invitationDialog
        fileMode: FileDialog.OpenFile
        onAccepted: invitationFile.text = String(selectedFile).replace(/^file:\/\//, "")
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (page.width - width) / 2)
            y: Theme.spacingXl
            width: Math.min(page.width - 2 * Theme.spacingL, Theme.maxContentWidth)
            spacing: Theme.spacingL

            ItsBanner {
                objectName: "enrollError"
                Layout.fillWidth: true
                visible: enrollment.errorString.length > 0
                tone: "danger"
                text: enrollment.errorString
            }

            ItsBanner {
                objectName: "joinMessageBanner"
                Layout.fillWidth: true
                visible: enrollment.enrolled && !page.rejoining && text.length > 0
                tone: "success"
                text: page.joinMessage(enrollment.joinChange, enrollment.targetUrl)
            }

            ItsCard {
                objectName: "joinCard"
                Layout.fillWidth: true
                visible: !enrollment.enrolled || page.rejoining
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    ItsLabel {
                        Layout.fillWidth: true
                        text: page.rejoining ? qsTr("Use a new invitation") : qsTr("Join a review circle")
                        role: "title"
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: page.rejoining
                              ? qsTr("When your CCO moves the review circle to a new address or starts a new one, they send a new invitation. Your summaries then go where it says.")
                              : qsTr("Your Chief Customer Officer gives you an invitation. Summaries of your finished walks are then sealed so only the review can read them; notes stay private unless marked shareable.")
                    }
                    ItsTextField {
                        id: labelField
                        objectName: "deviceLabelField"
                        Layout.fillWidth: true
                        label: qsTr("Name of this device")
                        placeholderText: qsTr("e.g. CFO phone")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        ItsTextField {
                            id: invitationFile
                            objectName: "invitationFileField"
                            Layout.fillWidth: true
                            label: qsTr("Invitation file")
                            placeholderText: qsTr("/path/to/file")
                        }
                        ItsButton {
                            Layout.alignment: Qt.AlignBottom
                            text: qsTr("Choose…")
                            Accessible.name: qsTr("Choose the invitation file")
                            onClicked: invitationDialog.open()
                        }
                    }
                    ItsTextField {
                        id: invitationText
                        objectName: "invitationTextField"
                        Layout.fillWidth: true
                        label: qsTr("…or paste the invitation text")
                        placeholderText: "intheirshoes:invite?v=1&…"
                    }
                    ItsButton {
                        objectName: "scanQrButton"
                        Layout.fillWidth: true
                        visible: page.hasCamera
                        text: qsTr("Scan QR code with the camera")
                        Accessible.name: qsTr("Scan the invitation's QR code with the camera")
                        onClicked: page.scanWithCamera()
                    }
                    ItsBanner {
                        objectName: "cameraDeniedBanner"
                        Layout.fillWidth: true
                        visible: page.cameraDenied
                        tone: "warning"
                        text: qsTr("Camera access is off for this app. Allow it in the system settings, or read the invitation from an image.")
                    }
                    ItsButton {
                        objectName: "readInvitationImageButton"
                        Layout.fillWidth: true
                        text: qsTr("Read invitation from an image…")
                        Accessible.name: qsTr("Read the invitation from a screenshot or photo of its QR code")
                        onClicked: imageDialog.open()
                    }
                    ItsButton {
                        objectName: "joinButton"
                        Layout.fillWidth: true
                        kind: "primary"
                        text: qsTr("Join")
                        enabled: labelField.text.trim().length > 0
                                 && (invitationFile.text.length > 0 || invitationText.text.trim().length > 0)
                        onClicked: page.join()
                    }
                    ItsButton {
                        objectName: "cancelRejoinButton"
                        Layout.fillWidth: true
                        visible: page.rejoining
                        text: qsTr("Cancel")
                        onClicked: {
                            page.rejoining = false
                            enrollment.clearError()
                        }
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                visible: enrollment.enrolled
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingXs
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Joined as “%1”").arg(enrollment.deviceLabel); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: enrollment.requestPublished || enrollment.errorString.length === 0
                              ? qsTr("Read both fingerprints to your CCO: they accept this device after comparing them.")
                              : qsTr("Your request has not reached the sync target yet.")
                    }
                    ItsLabel { Layout.fillWidth: true; muted: true; text: qsTr("Review key") }
                    ItsLabel { objectName: "enrollReviewFingerprint"; Layout.fillWidth: true; text: enrollment.reviewFingerprint; font.family: "monospace"; wrapMode: Text.Wrap }
                    ItsLabel { Layout.fillWidth: true; muted: true; text: qsTr("This device's key") }
                    ItsLabel { objectName: "enrollDeviceFingerprint"; Layout.fillWidth: true; text: enrollment.deviceFingerprint; font.family: "monospace"; wrapMode: Text.Wrap }
                    ItsButton {
                        objectName: "publishAgainButton"
                        Layout.fillWidth: true
                        visible: !enrollment.requestPublished && (enrollment.errorString.length > 0 || enrollment.publishing)
                        enabled: !enrollment.publishing
                        text: enrollment.publishing ? qsTr("Sending the request…") : qsTr("Send the request again")
                        onClicked: enrollment.publishRequest()
                    }
                    ItsButton {
                        objectName: "newInvitationButton"
                        Layout.fillWidth: true
                        visible: !page.rejoining
                        text: qsTr("Use a new invitation…")
                        onClicked: page.startRejoin()
                    }
                }
            }

            SyncAccountCard {
                Layout.fillWidth: true
                address: enrollment.targetUrl
                visible: enrollment.enrolled && isWebDav
            }

            OutboxCard {
                Layout.fillWidth: true
                visible: enrollment.enrolled
                outbox: page.outbox
            }
        }
    }
}
