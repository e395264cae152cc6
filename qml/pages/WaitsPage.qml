import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Placeholder until the walk engineer's page lands (same file name and objectName).
ItsPage {
    objectName: "waitsPage"
    title: qsTr("Pending waits")

    ItsLabel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.maxContentWidth)
        horizontalAlignment: Text.AlignHCenter
        muted: true
        text: qsTr("Nothing here yet.")
    }
}
