pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import InTheirShoes

// "Take photo": the camera picture and a shutter. The photo goes into memory and through
// EvidenceCapture into the vault (scaled, no EXIF/GPS). Camera errors are said in words; the
// camera is made when the dialog is first shown and stopped whenever it is hidden.
// cameraEnabled false (tests): no camera; the shutter takes the frame the test pushed into
// `videoSink`, the same path a camera frame takes.
ItsDialog {
    id: dialog

    required property EvidenceCapture capture
    property bool cameraEnabled: true
    readonly property CameraCapturePicture picture: pictureLoader.item as CameraCapturePicture
    readonly property VideoSink videoSink: picture ? picture.videoSink : null
    readonly property string cameraError: {
        if (!cameraEnabled)
            return ""
        if (devices.videoInputs.length === 0)
            return qsTr("No camera found. Choose or paste an image instead.")
        if (picture && picture.camera.error !== Camera.NoError)
            return qsTr("The camera could not be started (%1). Another app may be using it, or camera access is turned off for this app.").arg(picture.camera.errorString)
        if (picture && picture.imageCapture.error !== ImageCapture.NoError)
            return qsTr("The photo could not be taken (%1).").arg(picture.imageCapture.errorString)
        return ""
    }
    signal taken()

    function shoot() {
        if (!dialog.cameraEnabled) {
            if (dialog.capture.addVideoFrame(dialog.videoSink)) {
                dialog.taken()
                dialog.close()
            }
            return
        }
        if (dialog.picture && dialog.picture.imageCapture.readyForCapture)
            dialog.picture.imageCapture.capture()
    }

    objectName: "cameraCaptureDialog"
    title: qsTr("Take a photo")
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 560)
    onAboutToShow: {
        if (pictureLoader.status === Loader.Null)
            pictureLoader.setSource("CameraCapturePicture.qml", { cameraEnabled: dialog.cameraEnabled })
    }

    MediaDevices { id: devices }
    Connections {
        target: dialog.picture
        function onCaptured(image: var) {
            if (dialog.capture.addCameraImage(image)) {
                dialog.taken()
                dialog.close()
            }
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM

        Rectangle {
            objectName: "cameraCapturePicture"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 3 / 4)
            color: "black" // the picture's letterbox, in both themes
            radius: Theme.radiusM
            clip: true
            Loader {
                id: pictureLoader
                anchors.fill: parent
            }
            Binding {
                when: dialog.picture !== null
                target: dialog.picture
                property: "running"
                value: dialog.visible
            }
        }
        ItsBanner {
            objectName: "cameraCaptureError"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: "danger"
            text: dialog.cameraError.length > 0 ? dialog.cameraError : dialog.capture.errorString
        }
        ItsButton {
            objectName: "shutterButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "primary"
            enabled: dialog.cameraError.length === 0
            text: qsTr("Take photo")
            onClicked: dialog.shoot()
        }
        ItsButton {
            objectName: "cameraCancelButton"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the photo")
            onClicked: dialog.close()
        }
    }
}
