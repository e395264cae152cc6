import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesTest

// First run -> home -> lock -> wrong passphrase (explained, vault bytes unchanged) -> right
// passphrase -> auto-lock (idle and background) -> recovery code path -> a damaged vault.db.
// One real vault, in order.
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
        name: "ShellFlow"
        when: windowShown

        readonly property string passphrase: "lantern orbit velvet harbour"
        readonly property string newPassphrase: "quartz meadow signal tundra"
        property string recoveryCode

        function page(name) {
            tryVerify(() => shell.currentScreen !== null && shell.currentScreen.objectName === name,
                      5000, "screen " + name)
            return shell.currentScreen
        }
        function child(parentItem, name) {
            const item = findChild(parentItem, name)
            verify(item !== null, "no item named " + name)
            return item
        }
        // Scrolls the enclosing Flickable so the item is on screen (the phone window is short).
        function reveal(item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentItem !== undefined && p.contentY !== undefined && p.contentHeight !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, y - p.height / 2))
                    return
                }
            }
        }
        function tap(item) {
            reveal(item)
            const pos = item.mapToItem(root, item.width / 2, item.height / 2)
            verify(pos.y > 0 && pos.y < root.height, item.objectName + " is on screen")
            verify(item.visible, item.objectName + " is visible")
            verify(item.enabled, item.objectName + " is enabled")
            item.forceActiveFocus()
            mouseClick(item)
        }
        function typeInto(field, text) {
            field.field.forceActiveFocus()
            field.field.selectAll()
            keySequence("Backspace")
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }
        function unlockWith(text) {
            const unlock = page("unlockPage")
            typeInto(child(unlock, "passphraseField"), text)
            tap(child(unlock, "unlockButton"))
            tryCompare(AppController.session, "busy", false, 20000)
        }

        function test_1_firstRunCreatesTheVault() {
            compare(AppController.screen, "firstRun")
            let first = page("firstRunPage")
            verify(child(first, "language_system").checked)
            verify(child(first, "roleExecutive").checked, "executive is the default role")
            tap(child(first, "roleReview"))
            compare(AppController.settings.role, "review")
            AppController.settings.role = "boss"
            compare(AppController.settings.role, "review", "an unknown role is refused")
            verify(child(first, "roleReview").checked)
            verify(!child(first, "roleExecutive").checked)
            tap(child(first, "continueButton"))

            const pass = child(first, "newPassphraseField")
            const confirm = child(first, "confirmPassphraseField")
            const create = child(first, "createVaultButton")
            typeInto(pass, "password")
            typeInto(confirm, "password")
            verify(!create.enabled, "a famous password is refused")
            typeInto(pass, passphrase)
            typeInto(confirm, passphrase + "x")
            verify(!create.enabled, "mismatched confirmation is refused")
            typeInto(confirm, passphrase)
            verify(create.enabled)
            tap(create)
            tryCompare(AppController.session, "unlocked", true, 20000)

            const code = child(first, "recoveryCodeText")
            tryVerify(() => code.visible && code.text.length >= 16)
            recoveryCode = code.text
            compare(AppController.screen, "firstRun", "stays on the code until confirmed")
            const finish = child(first, "finishFirstRunButton")
            verify(!finish.enabled, "needs 'I wrote it down'")
            tap(child(first, "wroteItDownSwitch"))
            tap(finish)
            const home = page("homePage")
            compare(AppController.screen, "home")
            verify(child(home, "libraryPage").visible)
        }

        function test_2_sectionsAndLock() {
            const home = page("homePage")
            verify(child(home, "tabBar").visible, "phone width shows the tab bar")
            verify(!child(home, "navRail").visible)
            // The CCO (role chosen at first run) gets the Review section next to the others.
            tap(child(home, "tab_4"))
            compare(home.currentSection, 4)
            const reviewStack = child(home, "reviewStack")
            verify(reviewStack.visible)
            compare(reviewStack.currentItem.objectName, "reviewSetupPage")
            verify(!child(home, "libraryStack").visible)
            tap(child(home, "tab_3"))
            verify(child(home, "settingsPage").visible)
            // Settings opens the executive's side of the circle (joining with an invitation).
            tap(child(home, "reviewCircleButton"))
            const settingsStack = child(home, "settingsStack")
            tryCompare(settingsStack, "busy", false)
            compare(settingsStack.currentItem.objectName, "reviewEnrollPage")
            settingsStack.pop(null)
            tryCompare(settingsStack, "busy", false)
            compare(settingsStack.currentItem.objectName, "settingsPage")
            keySequence("Ctrl+2")
            compare(home.currentSection, 1)
            keySequence("Ctrl+L")
            page("unlockPage")
            compare(AppController.session.unlocked, false)
        }

        function test_3_wrongPassphraseIsExplainedAndChangesNothing() {
            const before = TestHooks.vaultDigest()
            unlockWith("not my passphrase")
            const unlock = page("unlockPage")
            compare(AppController.session.unlocked, false)
            const error = child(unlock, "unlockError")
            verify(error.visible)
            verify(error.text.indexOf("Nothing was changed") >= 0, error.text)
            compare(TestHooks.vaultDigest(), before)
        }

        function test_4_rightPassphraseUnlocks() {
            unlockWith(passphrase)
            page("homePage")
            compare(AppController.session.errorMessage, "")
        }

        function test_5_idleAndBackgroundLock() {
            AppController.settings.autoLockMinutes = 2
            TestHooks.advanceIdleMinutes(1)
            compare(AppController.session.unlocked, true)
            TestHooks.advanceIdleMinutes(1)
            compare(AppController.session.unlocked, false)
            compare(AppController.lockReason, "idle")
            verify(child(page("unlockPage"), "lockReasonBanner").visible)

            unlockWith(passphrase)
            page("homePage")
            TestHooks.setForeground(false)
            compare(AppController.session.unlocked, false)
            compare(AppController.lockReason, "background")
            TestHooks.setForeground(true)
            page("unlockPage")
        }

        function test_6_recoveryCodeSetsANewPassphrase() {
            const unlock = page("unlockPage")
            tap(child(unlock, "toggleRecoveryButton"))
            typeInto(child(unlock, "recoveryCodeField"), "WRONG-CODE-0000-0000")
            const fresh = newPassphrase
            typeInto(child(unlock, "newPassphraseField"), fresh)
            typeInto(child(unlock, "confirmNewPassphraseField"), fresh)
            tap(child(unlock, "recoverButton"))
            tryCompare(AppController.session, "busy", false, 20000)
            compare(AppController.session.unlocked, false)
            verify(child(unlock, "unlockError").visible)

            typeInto(child(unlock, "recoveryCodeField"), recoveryCode)
            tap(child(unlock, "recoverButton"))
            tryCompare(AppController.session, "unlocked", true, 20000)
            page("homePage")
            AppController.lockNow()
            unlockWith(fresh)
            page("homePage")
        }

        // Saves the whole window at phone and desktop size, English light and Italian dark.
        function shootLooks(name) {
            const dir = TestHooks.screenshotDir()
            if (dir.length === 0)
                return
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                for (const size of [[390, 844], [1440, 900]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(200)
                    grabImage(root).save(dir + "/shell-" + name + "-" + look.join("-") + "-"
                                         + size[0] + "x" + size[1] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 390
            root.height = 844
            wait(200)
        }

        // A key file next to an empty (`: > vault.db`) or deleted vault.db: the unlock page says
        // the vault is damaged and points to the backup; unlocking changes and creates nothing.
        function test_7_damagedVaultIsReportedNotRecreated() {
            AppController.lockNow()
            const unlock = page("unlockPage")
            const banner = child(unlock, "vaultDamagedBanner")
            verify(!banner.visible)
            for (const how of ["empty", "missing"]) {
                verify(TestHooks.damageVault(how), how)
                const before = TestHooks.vaultDigest()
                unlockWith(newPassphrase)
                compare(AppController.session.unlocked, false, how)
                compare(AppController.screen, "unlock")
                verify(AppController.session.damaged, how)
                verify(banner.visible, how)
                verify(banner.text.indexOf("damaged") >= 0, banner.text)
                verify(banner.text.indexOf("backup") >= 0, banner.text)
                compare(TestHooks.vaultDigest(), before, how + ": nothing was written or created")
                if (how === "empty")
                    shootLooks("vault-damaged")
            }
            tap(child(unlock, "toggleRecoveryButton"))
            verify(banner.visible, "the recovery form cannot help either: still said")
            tap(child(unlock, "toggleRecoveryButton"))
        }
    }
}
