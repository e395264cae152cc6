pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import InTheirShoes

// Set `parent` to the page it covers; ask AppController.cameraPermission first. Shows the camera
// picture with a viewfinder frame and reads the first QR code in it (QrFrameScanner decodes a
// few frames a second off the UI thread). found(text) hands the text over, then it closes.
// Camera errors (busy, access off, unplugged) are shown in words.
Dialog {
    id: dialog

    // False: no camera is opened; the picture comes from whoever feeds `videoSink` (tests).
    property bool cameraEnabled: true
    readonly property QrFrameScanner scanner: frameScanner
    readonly property VideoSink videoSink: viewfinder.videoSink
    readonly property string cameraError: {
        if (!cameraEnabled)
            return ""
        if (devices.videoInputs.length === 0)
            return qsTr("No camera found. Read the invitation from an image instead.")
        if (camera.error !== Camera.NoError)
            return qsTr("The camera could not be started (%1). Another app may be using it, or camera access is turned off for this app.").arg(camera.errorString)
        return ""
    }
    signal found(string text)

    objectName: "qrScanDialog"
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 560)
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    background: Rectangle { color: Theme.surface; radius: Theme.radiusL }
    header: ItsLabel {
        text: qsTr("Scan the invitation's QR code")
        role: "title"
        padding: Theme.spacingL
        bottomPadding: 0
    }

    MediaDevices { id: devices }
    Camera {
        id: camera
        active: dialog.cameraEnabled && dialog.visible
    }
    CaptureSession {
        camera: dialog.cameraEnabled ? camera : null
        videoOutput: viewfinder
    }
    QrFrameScanner {
        id: frameScanner
        videoSink: viewfinder.videoSink
        active: dialog.visible
        onFound: text => {
            dialog.found(text)
            dialog.close()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM

        Rectangle {
            objectName: "qrScanPicture"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 3 / 4)
            color: "black" // the camera picture's letterbox, in both themes
            radius: Theme.radiusM
            clip: true

            VideoOutput {
                id: viewfinder
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectCrop
            }
            // The viewfinder: where the code should be. White with a dark edge, so it shows
            // on a bright screen and on a dark room alike.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) * 0.7
                height: width
                color: "transparent"
                radius: Theme.radiusM
                border.width: 4
                border.color: "white"
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -2
                    color: "transparent"
                    radius: Theme.radiusM + 2
                    border.width: 1
                    border.color: "#99000000"
                }
            }
        }

        ItsLabel {
            objectName: "qrScanHint"
            Layout.fillWidth: true
            muted: true
            text: qsTr("Hold the QR code on your CCO's screen inside the frame. It is read as soon as it is sharp.")
        }
        ItsBanner {
            objectName: "qrScanError"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: "danger"
            text: dialog.cameraError.length > 0 ? dialog.cameraError : frameScanner.errorString
        }
        ItsButton {
            objectName: "qrScanCancelButton"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel scanning")
            onClicked: dialog.close()
        }
    }
}
