pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import InTheirShoes

// The photos an executive confirmed show no faces and no names, sent sealed with the summary:
// thumbnails with their touchpoint and caption; a tap shows one full size. `photos` is
// ReviewInboxModel.detail(walkId).photos ([{photoId, touchpoint, caption, source}]).
ItsCard {
    id: card

    objectName: "reviewPhotosCard"
    visible: photos.length > 0

    property var photos: []

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { Layout.fillWidth: true; text: qsTr("Photos the executive shared"); role: "title" }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Repeater {
                model: card.photos
                delegate: ColumnLayout {
                    id: photoItem
                    required property var modelData
                    required property int index
                    width: Math.min(160, card.width - 2 * Theme.spacingL)
                    spacing: 2
                    Image {
                        objectName: "reviewPhoto" + photoItem.index
                        Layout.preferredWidth: photoItem.width
                        Layout.preferredHeight: photoItem.width * 3 / 4
                        fillMode: Image.PreserveAspectCrop
                        sourceSize.width: 320
                        source: photoItem.modelData.source
                        Accessible.role: Accessible.Graphic
                        Accessible.name: photoItem.modelData.caption.length > 0 ? photoItem.modelData.caption
                                                                               : qsTr("Photo")
                        TapHandler {
                            onTapped: {
                                viewer.photo = photoItem.modelData
                                viewer.open()
                            }
                        }
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        role: "caption"
                        muted: true
                        visible: text.length > 0
                        text: photoItem.modelData.touchpoint
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: photoItem.modelData.caption
                    }
                }
            }
        }
    }

    ItsDialog {
        id: viewer

        objectName: "reviewPhotoViewer"
        parent: T.Overlay.overlay
        property var photo: ({source: "", caption: "", touchpoint: ""})
        width: parent ? Math.min(parent.width - 2 * Theme.spacingL, 900) : 360
        title: viewer.photo.touchpoint.length > 0 ? viewer.photo.touchpoint : qsTr("Photo")
        standardButtons: Dialog.Close
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            Image {
                objectName: "reviewPhotoFull"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(width * 3 / 4, (viewer.parent ? viewer.parent.height : 600) * 0.6)
                fillMode: Image.PreserveAspectFit
                source: viewer.photo.source
                Accessible.role: Accessible.Graphic
                Accessible.name: viewer.photo.caption
            }
            ItsLabel { Layout.fillWidth: true; visible: text.length > 0; text: viewer.photo.caption }
        }
    }
}
