import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Shows the screen AppController asks for: first run, unlock, or home. Global shortcuts live
// here so they work on every screen.
Item {
    id: shell

    objectName: "appShell"
    readonly property string screen: AppController.screen
    readonly property Item currentScreen: loader.item

    Loader {
        id: loader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: shell.screen === "firstRun" ? firstRunComponent
                       : shell.screen === "home" ? homeComponent : unlockComponent
    }

    Component {
        id: firstRunComponent
        FirstRunPage {}
    }
    Component {
        id: unlockComponent
        UnlockPage {}
    }
    Component {
        id: homeComponent
        HomePage {}
    }

    Shortcut {
        sequence: "Ctrl+L"
        enabled: AppController.session.unlocked && shell.screen === "home"
        context: Qt.ApplicationShortcut
        onActivated: AppController.lockNow()
    }
}
