import QtQuick
import QtQuick.Controls.Basic
import QtTest
import InTheirShoes
import InTheirShoesSyncTest

// The executive's side of sync in the real pages: once the vault is in a review circle, the
// History page says where each walk's summary is; "sync" delivers it to the (folder) target and
// the row says so. The Sync account card keeps a WebDAV account in the keychain and forgets it.
Item {
    id: root
    width: 390
    height: 844

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    StackView {
        id: stack
        anchors.fill: parent
    }

    Component {
        id: historyPage
        HistoryPage {}
    }
    Component {
        id: enrollPage
        ReviewEnrollPage {}
    }
    WalkController {
        id: walker
        session: AppController.session
    }
    Component {
        id: accountCard
        Flickable {
            contentHeight: card.implicitHeight
            property alias card: card
            SyncAccountCard {
                id: card
                width: parent.width
                address: "https://dav.example.com/its/"
            }
        }
    }

    TestCase {
        id: tc
        name: "SyncFlow"
        when: windowShown

        property string walkId

        function child(parentItem, name) {
            let item = null
            tryVerify(() => (item = findChild(parentItem, name)) !== null, 3000, "no item named " + name)
            return item
        }
        function tap(item) {
            tryVerify(() => item.visible && item.enabled, 3000, item.objectName + " visible and enabled")
            mouseClick(item)
        }
        function shoot(name) {
            const dir = SyncHooks.screenshotDir()
            if (dir.length === 0)
                return
            // Both languages and both themes: clipped Italian or low contrast is a bug too.
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                for (const size of [[390, 844, "phone"], [1440, 900, "desktop"]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(200)
                    grabImage(root).save(dir + "/" + name + "-" + look.join("-") + "-" + size[2] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 390
            root.height = 844
        }

        function test_1_unlock() {
            AppController.session.create("sync ui test passphrase")
            tryVerify(() => AppController.session.unlocked, 20000)
            verify(!AppController.outbox.enrolled)
        }

        function test_2_historyShowsTheDelivery() {
            verify(SyncHooks.joinFolderCircle())
            verify(AppController.outbox.enrolled)
            walkId = SyncHooks.finishWalk("sync test")
            verify(walkId.length > 0)
            const page = stack.push(historyPage)
            const list = child(page, "historyList")
            tryVerify(() => list.count === 1)
            const state = child(page, "syncState_" + walkId)
            verify(!state.visible) // not queued yet: nothing to say

            verify(AppController.outbox.syncNow())
            tryCompare(state, "text", "Summary delivered to the review", 10000)
            verify(state.visible)
            compare(SyncHooks.envelopesOnTarget(), 1)
            shoot("history-delivered")
            stack.pop()
        }

        // Finishing a walk in the app queues and sends its summary at once: no "Sync now".
        function test_2b_finishingAWalkSendsItsSummary() {
            const id = SyncHooks.startWalk("finished in the app")
            verify(id.length > 0)
            const page = stack.push(historyPage)
            tryVerify(() => !stack.busy)
            const list = child(page, "historyList")
            tryVerify(() => list.count === 2)
            verify(!child(page, "syncState_" + id).visible)
            verify(walker.loadWalk(id))
            verify(walker.finishWalk())
            tryCompare(child(page, "syncState_" + id), "text", "Summary delivered to the review", 10000)
            compare(SyncHooks.envelopesOnTarget(), 2)
            stack.pop()
        }

        // "Sync now" on the enrollment page (whose outbox is its own) shows on Walks at once:
        // it once showed "delivered" only after a restart.
        function test_2c_syncNowElsewhereUpdatesTheHistory() {
            const id = SyncHooks.finishWalk("sent from the enroll page")
            verify(id.length > 0)
            const page = stack.push(historyPage)
            tryVerify(() => !stack.busy)
            const list = child(page, "historyList")
            tryVerify(() => list.count === 3)
            const state = child(page, "syncState_" + id)
            verify(!state.visible)
            const enroll = enrollPage.createObject(root, {visible: false})
            verify(enroll.outbox.syncNow())
            tryVerify(() => !enroll.outbox.busy && enroll.outbox.stateOf(id) === "synced", 10000)
            tryCompare(state, "text", "Summary delivered to the review", 3000)
            enroll.destroy()
            stack.pop()
        }

        function test_3_accountCardUsesTheKeychain() {
            const flick = stack.push(accountCard)
            tryVerify(() => !stack.busy) // no clicks into a page still sliding in
            const card = flick.card
            const key = "webdav:https://dav.example.com/its/"
            verify(card.visible)
            verify(!child(card, "syncAccountKnown").visible)
            verify(!child(card, "syncAccountSave").enabled) // no user name yet
            child(card, "syncAccountUser").text = "cfo@example.com"
            child(card, "syncAccountPassword").text = "app-password-1"
            tap(child(card, "syncAccountSave"))
            tryCompare(child(card, "syncAccountMessage"), "text", "Saved in this device's keychain.")
            verify(SyncHooks.keychainHas(key))
            compare(child(card, "syncAccountPassword").text, "") // not left on screen
            tryVerify(() => child(card, "syncAccountKnown").visible)
            compare(child(card, "syncAccountKnown").text, "Signed in as cfo@example.com.")
            shoot("sync-account")

            tap(child(card, "syncAccountForget"))
            tryVerify(() => !SyncHooks.keychainHas(key))
            tryCompare(child(card, "syncAccountMessage"), "text",
                       "The account was removed from this device.")
            verify(!child(card, "syncAccountKnown").visible)
            stack.pop()
        }

        function test_4_folderTargetsNeedNoAccount() {
            const flick = stack.push(accountCard)
            flick.card.address = "/mnt/share/its"
            verify(!flick.card.visible)
            stack.pop()
        }
    }
}
