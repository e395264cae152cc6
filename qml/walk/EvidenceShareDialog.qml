import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Sharing a photo with the review asks first (issue 11): it says what travels (a smaller copy
// and its caption, sealed with the summary) and the confirm button waits until the executive
// ticks that no faces and no names are visible. A refusal (a sixth photo) is shown here and
// the dialog stays open, so nothing is lost.
ItsDialog {
    id: dialog

    property EvidenceListModel items
    property string evidenceId
    property string caption
    property string errorString

    // Opens for one photo, the box not ticked.
    function ask(id: string, photoCaption: string) {
        evidenceId = id
        caption = photoCaption
        errorString = ""
        noFacesBox.checked = false
        open()
    }

    objectName: "evidenceShareDialog"
    title: qsTr("Share this photo with the review?")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel {
            objectName: "evidenceShareMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("What goes to the review: a smaller copy of this photo and its caption, sealed with the walk's summary. The original stays on this device.")
        }
        ItsLabel {
            objectName: "evidenceShareCaption"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            muted: true
            text: dialog.caption.length > 0 ? qsTr("Caption: %1").arg(dialog.caption) : qsTr("This photo has no caption.")
        }
        CheckBox {
            id: noFacesBox
            objectName: "noFacesCheckBox"
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
            spacing: Theme.spacingM
            font.pixelSize: Theme.fontBody
            text: qsTr("I checked: no faces and no names are visible, in the photo or its caption")
            Accessible.name: text
            indicator: Rectangle {
                x: noFacesBox.leftPadding
                y: (noFacesBox.height - height) / 2
                implicitWidth: 28
                implicitHeight: 28
                radius: Theme.radiusS
                color: noFacesBox.checked ? Theme.primary : Theme.surface
                border.width: noFacesBox.visualFocus ? 3 : 2
                border.color: noFacesBox.visualFocus ? Theme.focus : (noFacesBox.checked ? Theme.primary : Theme.border)
                Text {
                    anchors.centerIn: parent
                    visible: noFacesBox.checked
                    text: "\u2713"
                    color: Theme.inkOnPrimary
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
            }
            contentItem: Text {
                leftPadding: noFacesBox.indicator.width + noFacesBox.spacing
                text: noFacesBox.text
                font: noFacesBox.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
            }
        }
        ItsBanner {
            objectName: "evidenceShareError"
            Layout.fillWidth: true
            visible: dialog.errorString.length > 0
            tone: "danger"
            text: dialog.errorString
        }
        ItsButton {
            objectName: "confirmShareEvidenceButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "primary"
            enabled: noFacesBox.checked && dialog.items !== null
            text: qsTr("Share with the review")
            onClicked: {
                if (dialog.items.share(dialog.evidenceId))
                    dialog.close()
                else
                    dialog.errorString = dialog.items.errorString
            }
        }
        ItsButton {
            objectName: "cancelShareEvidenceButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "secondary"
            text: qsTr("Keep it private")
            onClicked: dialog.close()
        }
    }
}
