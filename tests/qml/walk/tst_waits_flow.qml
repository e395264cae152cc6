import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesWalkTest

// A long wait falling due while the app stays open: an email contact waits for its reply
// (target one day) in a real vault; the waits clock is moved by hand (WalkHooks) and the
// model's minute check runs, with no reload. Then the Waits tab/nav badge shows the count and
// Home shows a banner; closing the wait clears both.
Item {
    id: root
    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: tc
        name: "WaitsFlow"
        when: windowShown

        readonly property string passphrase: "copper meadow signal tide"

        function page(name) {
            tryVerify(() => shell.currentScreen !== null && shell.currentScreen.objectName === name,
                      5000, "screen " + name)
            return shell.currentScreen
        }
        function child(parentItem, name) {
            let item = null
            tryVerify(() => (item = findChild(parentItem, name)) !== null && item.visible, 5000,
                      "no visible item named " + name)
            return item
        }
        function settle() {
            for (const name of ["libraryStack", "historyStack", "waitsStack"]) {
                const stack = findChild(shell, name)
                if (stack)
                    tryVerify(() => !stack.busy, 5000, name + " settles")
            }
        }
        function tap(item) {
            verify(item.enabled, item.objectName + " is enabled")
            settle()
            wait(50) // let pending layout polish run, so positions are final (no assertion on time)
            tryVerify(() => {
                const p = item.mapToItem(root, item.width / 2, item.height / 2)
                return p.x >= 0 && p.y >= 0 && p.x < root.width && p.y < root.height
            }, 5000, item.objectName + " is on screen")
            mouseClick(item)
        }
        function typeInto(field, text) {
            field.field.forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        // With ITS_SCREENSHOT_DIR set, saves the window for a human to look at.
        function shot(name) {
            const dir = WalkHooks.screenshotDir()
            if (dir.length === 0)
                return
            settle()
            wait(400) // let transitions finish: the picture is for people to look at
            waitForRendering(shell)
            grabImage(shell).save(dir + "/waits-" + name + "-" + root.width + "x" + root.height + ".png")
        }

        SignalSpy {
            id: reminderSpy
            signalName: "reminder"
        }

        function test_1_createVault() {
            const first = page("firstRunPage")
            tap(child(first, "continueButton"))
            typeInto(child(first, "newPassphraseField"), passphrase)
            typeInto(child(first, "confirmPassphraseField"), passphrase)
            tap(child(first, "createVaultButton"))
            tryCompare(AppController.session, "unlocked", true, 20000)
            tap(child(first, "wroteItDownSwitch"))
            tap(child(first, "finishFirstRunButton"))
            page("homePage")
        }

        function test_2_aWaitFallsDueWhileOpen() {
            const home = page("homePage")
            const waits = home.pendingWaits
            verify(WalkHooks.driveWaitsClock(waits))
            reminderSpy.target = waits
            // telco-switch-provider: the contract email's reply is due within a day (86400 s).
            verify(WalkHooks.startWaitingContact("telco-switch-provider.en.json", "contract-email").length > 0)
            waits.reload()
            tryCompare(waits, "count", 1)
            compare(waits.overdueCount, 0)
            const tabBadge = findChild(home, "tabBadge")
            verify(tabBadge !== null)
            verify(!tabBadge.visible, "no badge before the wait is due")
            verify(!findChild(home, "homeOverdueRow").visible, "no banner before the wait is due")

            WalkHooks.advanceWaitsClockMinutes(waits, 23 * 60)
            compare(waits.overdueCount, 0, "23 hours: still within the day")
            compare(reminderSpy.count, 0)

            WalkHooks.advanceWaitsClockMinutes(waits, 2 * 60) // 25 hours: past the target
            compare(waits.overdueCount, 1)
            compare(reminderSpy.count, 1)
            compare(reminderSpy.signalArguments[0][0], "Contract and confirmation by email")
            tryVerify(() => tabBadge.visible, 2000, "the Waits tab shows the badge")
            compare(tabBadge.count, 1)
            verify(child(home, "tab_2").Accessible.name.indexOf("1 overdue") >= 0,
                   child(home, "tab_2").Accessible.name)
            const banner = child(home, "homeOverdueBanner")
            verify(banner.text.indexOf("1 wait") === 0, banner.text)
            compare(home.currentSection, 0)
            shot("home-overdue")

            tap(child(home, "showOverdueWaits"))
            tryCompare(home, "currentSection", 2)
            const waitsPage = child(home, "waitsPage")
            verify(child(waitsPage, "overdueBanner").visible)
            verify(!findChild(home, "homeOverdueRow").visible, "the Waits page has its own banner")
            compare(child(waitsPage, "waitsList").count, 1)
            const row = child(waitsPage, "wait_0") // the delegate really exists (every role set)
            compare(row.overdue, true)
            compare(row.nextPhase, "reading")
            shot("waits-overdue")
        }

        function test_3_desktopNavBadge() {
            const home = page("homePage")
            root.width = 1440
            root.height = 900
            home.showSection(0)
            const nav = child(home, "nav_2")
            const badge = child(nav, "navBadge")
            compare(badge.count, 1)
            verify(nav.Accessible.name.indexOf("1 overdue") >= 0, nav.Accessible.name)
            verify(child(home, "homeOverdueRow").visible)
            // The badge sits inside the rail, beside the label.
            const rail = child(home, "navRail")
            tryVerify(() => rail.width > 0, 2000, "the rail is laid out")
            const p = badge.mapToItem(rail, 0, 0)
            verify(p.x >= 0 && p.x + badge.width <= rail.width,
                   "badge inside the rail: x " + p.x + " w " + badge.width + " rail " + rail.width)
            shot("home-overdue")
        }

        function test_4_closingTheWaitClearsTheBadge() {
            const home = page("homePage")
            const waits = home.pendingWaits
            verify(waits.close(0, "resolved"))
            compare(waits.count, 0)
            compare(waits.overdueCount, 0)
            tryVerify(() => !findChild(home, "navBadge").visible)
            verify(!findChild(home, "homeOverdueRow").visible)
            WalkHooks.advanceWaitsClockMinutes(waits, 3 * 24 * 60)
            compare(waits.overdueCount, 0)
            compare(reminderSpy.count, 1, "no reminder for a closed wait")
        }
    }
}
