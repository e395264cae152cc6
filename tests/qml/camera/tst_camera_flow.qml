import QtQuick
import QtQuick.Controls.Basic
import QtMultimedia
import QtTest
import InTheirShoes
import InTheirShoesCameraTest

// The executive reads the CCO's QR code on ReviewEnrollPage. This machine has no camera: the
// camera button is hidden and the image path works; QrScanDialog is opened without a camera and
// fed frames through its VideoOutput's sink, as the camera would feed them.
Item {
    id: root
    width: 390
    height: 844

    MediaDevices { id: devices }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: ReviewEnrollPage {}
    }

    TestCase {
        id: tc
        name: "CameraScan"
        when: windowShown

        function child(parentItem, name) {
            let item = null
            tryVerify(() => (item = findChild(parentItem, name)) !== null, 3000, "no item named " + name)
            return item
        }
        function enrollPage() {
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === "reviewEnrollPage" && !stack.busy,
                      5000, "enroll page shown")
            return stack.currentItem
        }
        function field(page) {
            return child(page, "invitationTextField")
        }
        function openDialog(page, cameraEnabled) {
            const dialog = page.openScanDialog(cameraEnabled)
            verify(dialog !== null)
            tryVerify(() => dialog.opened, 3000, "scan dialog open")
            tryVerify(() => dialog.scanner.active && dialog.videoSink !== null, 3000, "scanner ready")
            return dialog
        }

        function init() {
            const page = enrollPage()
            field(page).text = ""
            page.cameraDenied = false
        }

        function test_1_noCameraHidesTheButtonAndTheImagePathWorks() {
            if (devices.videoInputs.length > 0)
                skip("this machine has a camera")
            const page = enrollPage()
            verify(!child(page, "scanQrButton").visible, "no camera: no scan button")
            verify(child(page, "readInvitationImageButton").visible)
            verify(!child(page, "cameraDeniedBanner").visible)
            verify(page.readInvitationImage(CameraHooks.saveQrPng(CameraHooks.invitation, "invitation.png")),
                   page.enrollment.errorString)
            compare(field(page).text, CameraHooks.invitation)
            verify(!child(page, "enrollError").visible)
        }

        // The permission is asked first; refused, the page says so and opens no camera.
        function test_2_deniedPermissionIsShownInWords() {
            const page = enrollPage()
            CameraHooks.setCameraAllowed(false)
            compare(page.scanDialog, null)
            page.scanWithCamera()
            tryVerify(() => child(page, "cameraDeniedBanner").visible)
            verify(child(page, "cameraDeniedBanner").text.indexOf("Camera access is off") >= 0)
            compare(page.scanDialog, null)
            compare(AppController.cameraPermission.status, CameraPermission.Denied)
            shoot("enroll-camera-denied", root)
        }

        // Allowed, but there is no camera: the dialog opens and says so instead of a black box.
        function test_3_allowedWithoutACameraSaysSo() {
            if (devices.videoInputs.length > 0)
                skip("this machine has a camera")
            const page = enrollPage()
            CameraHooks.setCameraAllowed(true)
            page.scanWithCamera()
            tryVerify(() => page.scanDialog !== null && page.scanDialog.opened, 5000, "dialog opened")
            verify(!child(page, "cameraDeniedBanner").visible)
            const dialog = page.scanDialog
            const error = child(dialog.contentItem, "qrScanError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("No camera found") >= 0, error.text)
            shoot("scan-dialog-no-camera", root)
            mouseClick(child(dialog.contentItem, "qrScanCancelButton"))
            tryVerify(() => page.scanDialog === null, 3000, "dialog closed and released")
            compare(field(page).text, "")
        }

        // The page goes away with the dialog open and its camera running (the vault locks):
        // the camera is stopped before it is destroyed, nothing hangs.
        function test_3b_destroyedWhileTheCameraRuns() {
            const page = enrollPage()
            for (let round = 0; round < 3; ++round) {
                const dialog = page.openScanDialog(true)
                tryVerify(() => dialog.opened && dialog.picture !== null, 5000, "dialog with its camera")
                verify(dialog.picture.camera.active || dialog.cameraError.length > 0)
                page.scanDialog = null
                dialog.destroy()
                wait(50)
            }
        }

        // A QR code that is not an invitation: the parser's clear error, nothing filled in.
        function test_4_codeThatIsNotAnInvitation() {
            const page = enrollPage()
            const dialog = openDialog(page, false)
            const found = signalSpy.createObject(tc, { target: dialog, signalName: "found" })
            verify(CameraHooks.pushFrame(dialog.videoSink, "hello"))
            found.wait(20000)
            compare(found.signalArguments[0][0], "hello")
            tryVerify(() => page.scanDialog === null, 3000, "dialog closed after reading")
            tryVerify(() => child(page, "enrollError").visible)
            verify(child(page, "enrollError").text.indexOf("This is not a valid invitation") >= 0,
                   child(page, "enrollError").text)
            compare(field(page).text, "")
            found.destroy()
        }

        // Frames without a code are read and change nothing; the invitation's code fills the text.
        function test_5_invitationFromTheVideoFrames() {
            const page = enrollPage()
            const dialog = openDialog(page, false)
            const scanner = dialog.scanner
            verify(CameraHooks.pushFrame(dialog.videoSink, ""))
            tryVerify(() => scanner.framesScanned >= 1, 20000, "an empty frame was decoded")
            compare(scanner.status, QrFrameScanner.Scanning)
            verify(dialog.opened)
            compare(field(page).text, "")
            verify(!child(dialog.contentItem, "qrScanError").visible)
            shoot("scan-dialog", root)
            // Sampled a few times a second: push until the scanner takes one.
            tryVerify(() => {
                CameraHooks.pushFrame(dialog.videoSink, CameraHooks.invitation)
                return page.scanDialog === null
            }, 20000, "the invitation's code was read")
            compare(field(page).text, CameraHooks.invitation)
            verify(!child(page, "enrollError").visible)
        }

        // Closed mid-decode (Cancel right after a frame): nothing is filled in, nothing crashes.
        function test_6_cancelWhileDecoding() {
            const page = enrollPage()
            const dialog = openDialog(page, false)
            verify(CameraHooks.pushFrame(dialog.videoSink, CameraHooks.invitation))
            verify(dialog.scanner.busy)
            mouseClick(child(dialog.contentItem, "qrScanCancelButton"))
            tryVerify(() => page.scanDialog === null, 3000, "dialog closed")
            wait(300)
            compare(field(page).text, "")
        }

        function test_7_screenshots() {
            const page = enrollPage()
            shoot("enroll", root)
            // How the page looks on a device with a camera.
            page.hasCamera = true
            verify(child(page, "scanQrButton").visible)
            shoot("enroll-with-camera", root)
            page.hasCamera = false
            const dialog = openDialog(page, false)
            // The code in the viewfinder, as the executive sees it (scanner paused so the dialog
            // stays open; the software renderer of the CI run draws no video, a GL one does).
            dialog.scanner.active = false
            verify(CameraHooks.pushFrame(dialog.videoSink, CameraHooks.invitation))
            shoot("scan-dialog-fed", root)
            dialog.close()
            tryVerify(() => page.scanDialog === null)
        }

        // Both languages and both themes, phone and desktop: clipped Italian or low contrast is a bug.
        function shoot(name, item) {
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                for (const size of [[390, 844, "phone"], [1440, 900, "desktop"]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(250)
                    grabImage(item).save(CameraHooks.screenshotDir + "/" + name + "-" + look.join("-") + "-" + size[2] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 390
            root.height = 844
            wait(100)
        }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
