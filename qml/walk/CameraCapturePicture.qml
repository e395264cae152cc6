import QtQuick
import QtMultimedia

// CameraCaptureDialog's live picture and its ImageCapture: the back camera of a phone, else the
// default one. The photo is taken into memory (imageCaptured hands over a QImage; never
// captureToFile). cameraEnabled false: no camera at all, and the picture comes from whoever
// feeds `videoSink` (the tests fake the camera that way, as the QR scanner's test does).
// Stop it (running false) before destroying it: Qt 6.4's GStreamer backend can deadlock when an
// active camera is destroyed while its session runs.
Item {
    id: picture

    required property bool cameraEnabled
    property bool running: true
    readonly property Camera camera: liveCamera
    readonly property ImageCapture imageCapture: stills
    readonly property VideoSink videoSink: output.videoSink
    signal captured(var image)

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
        active: picture.cameraEnabled && picture.running && devices.videoInputs.length > 0
    }
    ImageCapture {
        id: stills
        onImageCaptured: (requestId, previewImage) => picture.captured(previewImage)
    }
    // Without a camera the session gets no video output: an output alone makes GStreamer start a
    // video surface it cannot feed, and on a busy machine Qt then warns "Failed to start video
    // surface due to main thread blocked" (seen in tst_every_dialog under CI load).
    CaptureSession {
        camera: picture.cameraEnabled && picture.running ? liveCamera : null
        imageCapture: stills
        videoOutput: picture.cameraEnabled && picture.running && devices.videoInputs.length > 0 ? output : null
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }
}
