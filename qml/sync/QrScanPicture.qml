import QtQuick
import QtMultimedia

// QrScanDialog's live picture: the camera (a phone's back camera, else the default one) shown
// in a VideoOutput. cameraEnabled false: no camera, the picture comes from whoever feeds
// `videoSink` (tests). Stop it (running false) before destroying it: Qt 6.4's GStreamer backend
// can deadlock when an active camera is destroyed while its session runs.
Item {
    id: picture

    required property bool cameraEnabled
    property bool running: true
    readonly property Camera camera: liveCamera
    readonly property VideoSink videoSink: output.videoSink

    // Destroyed while shown (the page went away with the dialog open): stop first all the same.
    Component.onDestruction: running = false

    MediaDevices { id: devices }
    Camera {
        id: liveCamera
        cameraDevice: {
            const inputs = devices.videoInputs
            for (let i = 0; i < inputs.length; ++i) {
                if (inputs[i].position === CameraDevice.BackFace)
                    return inputs[i]
            }
            return devices.defaultVideoInput
        }
        active: picture.cameraEnabled && picture.running
    }
    CaptureSession {
        camera: picture.cameraEnabled && picture.running ? liveCamera : null
        videoOutput: output
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
}
