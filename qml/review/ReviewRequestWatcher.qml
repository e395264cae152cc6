import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// How many enrollment requests wait for the CCO, for the Review section's badge. Read from the
// sync target when the watcher turns active, when the review's page changes (back from
// Devices, say), when a page says its devices changed, and every few minutes.
Item {
    id: watcher

    property bool active: false
    property StackView stack: null
    property VaultSession session: AppController.session
    readonly property int pendingCount: active ? requests.pendingCount : 0

    function refresh() {
        if (watcher.active)
            requests.reload()
    }

    visible: false
    onActiveChanged: refresh()

    ReviewRosterModel {
        id: requests
        objectName: "reviewRequests"
        session: watcher.active ? watcher.session : null
        credentials: AppController.syncCredentials
    }
    Connections {
        target: watcher.stack
        function onCurrentItemChanged() { watcher.refresh() }
    }
    Connections {
        target: watcher.stack ? watcher.stack.currentItem : null
        ignoreUnknownSignals: true
        function onDevicesChanged() { watcher.refresh() }
    }
    Timer {
        interval: 5 * 60 * 1000
        repeat: true
        running: watcher.active
        onTriggered: watcher.refresh()
    }
}
