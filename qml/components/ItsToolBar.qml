import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Page header: optional back button, a title, and actions on the right.
ToolBar {
    id: bar

    property string title
    property bool showBack: false
    default property alias actions: actionRow.data

    signal backClicked()

    implicitHeight: Theme.touchTarget + Theme.spacingM
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    // Anchors, not RowLayout: the toolbar is on the startup path (see ItsTextField).
    ItsButton {
        id: backButton
        objectName: "backButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        visible: bar.showBack
        kind: "flat"
        text: "\u2190"
        font.pixelSize: Theme.fontTitle
        Accessible.name: qsTr("Back")
        onClicked: bar.backClicked()
    }
    ItsLabel {
        anchors.left: bar.showBack ? backButton.right : parent.left
        anchors.leftMargin: bar.showBack ? Theme.spacingXs : Theme.spacingL
        anchors.right: actionRow.left
        anchors.rightMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        text: bar.title
        role: "title"
        elide: Text.ElideRight
        wrapMode: Text.NoWrap
        Accessible.role: Accessible.Heading
    }
    Row {
        id: actionRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingXs
    }
}
