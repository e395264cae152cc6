import QtQuick
import InTheirShoes

// Shows the screen AppController asks for: first run, unlock, or home. Global shortcuts live
// here so they work on every screen.
Item {
    id: shell

    objectName: "appShell"
    readonly property string screen: AppController.screen
    readonly property QtObject currentScreen: loader.item

    Loader {
        id: loader
        objectName: "screenLoader"
        anchors.fill: parent
        // By URL, not inline components: the engine then resolves only the screen on show, so
        // starting on the unlock screen does not load Home and every page behind it.
        source: shell.screen === "firstRun" ? Qt.resolvedUrl("FirstRunPage.qml")
              : shell.screen === "home" ? Qt.resolvedUrl("HomePage.qml")
                                        : Qt.resolvedUrl("UnlockPage.qml")
    }

    Shortcut {
        sequence: "Ctrl+L"
        enabled: AppController.session.unlocked && shell.screen === "home"
        context: Qt.ApplicationShortcut
        onActivated: AppController.lockNow()
    }
}
