pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import InTheirShoes

// Set `parent` to the page it covers; ask AppController.cameraPermission first. Shows the camera
// picture with a viewfinder frame and reads the first QR code in it (QrFrameScanner decodes a
// few frames a second off the UI thread). found(text) hands the text over, then it closes.
// Camera errors (busy, access off, unplugged) are shown in words. The camera, its session and
// the video output are made when the dialog is first shown (a Loader) and the camera is stopped
// whenever it is hidden; destroy the dialog after closing it to let the camera go.
ItsDialog {
    id: dialog

    // False: no camera is opened; the picture comes from whoever feeds `videoSink` (tests).
    property bool cameraEnabled: true
    readonly property QrFrameScanner scanner: frameScanner
    readonly property QrScanPicture picture: pictureLoader.item as QrScanPicture
    readonly property VideoSink videoSink: picture ? picture.videoSink : null
    readonly property string cameraError: {
        if (!cameraEnabled)
            return ""
        if (devices.videoInputs.length === 0)
            return qsTr("No camera found. Read the invitation from an image instead.")
        if (picture && picture.camera.error !== Camera.NoError)
            return qsTr("The camera could not be started (%1). Another app may be using it, or camera access is turned off for this app.").arg(picture.camera.errorString)
        return ""
    }
    signal found(string text)

    objectName: "qrScanDialog"
    onAboutToShow: {
        if (pictureLoader.status === Loader.Null)
            pictureLoader.setSource("QrScanPicture.qml", { cameraEnabled: dialog.cameraEnabled })
    }
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 560)
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    header: ItsLabel {
        text: qsTr("Scan the invitation's QR code")
        role: "title"
        padding: Theme.spacingL
        bottomPadding: 0
    }

    MediaDevices { id: devices }
    QrFrameScanner {
        id: frameScanner
        videoSink: dialog.videoSink
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
            ItsLabel {
                objectName: "qrScanStarting"
                anchors.centerIn: parent
                visible: dialog.cameraEnabled && dialog.cameraError.length === 0
                         && frameScanner.status === QrFrameScanner.Waiting
                text: qsTr("Starting the camera…")
                color: "white" // on the black picture, in both themes
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
