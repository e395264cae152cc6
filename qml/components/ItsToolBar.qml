import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
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

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingS

        ItsButton {
            objectName: "backButton"
            visible: bar.showBack
            kind: "flat"
            text: "\u2190"
            font.pixelSize: Theme.fontTitle
            Accessible.name: qsTr("Back")
            onClicked: bar.backClicked()
        }
        ItsLabel {
            Layout.fillWidth: true
            Layout.leftMargin: bar.showBack ? 0 : Theme.spacingS
            text: bar.title
            role: "title"
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
            Accessible.role: Accessible.Heading
        }
        Row {
            id: actionRow
            spacing: Theme.spacingXs
        }
    }
}
