import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// The app window. All content lives in AppShell so tests can host it in their own window.
ApplicationWindow {
    id: window

    objectName: "mainWindow"
    width: 1100
    height: 760
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: qsTr("InTheirShoes")
    color: Theme.background

    AppShell {
        anchors.fill: parent
    }
}
