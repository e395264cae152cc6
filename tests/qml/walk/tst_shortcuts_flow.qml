import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesWalkTest

// Every keyboard shortcut of the app, pressed as keys on a desktop window over a real vault:
// Ctrl+1..4 switch sections (Ctrl+5 only for the CCO), Space/R/H/Enter drive the contact
// stopwatch (quiet while a text field or the scoring side has the focus; Enter asks for the
// outcome), Ctrl+S saves an edited journey,
// Ctrl+L locks. Each effect is checked in the UI state and, for the walk, in the vault.
Item {
    id: root
    width: 1440
    height: 900

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: tc
        name: "ShortcutsFlow"
        when: windowShown

        readonly property string passphrase: "amber quarry lantern psalm"
        property string walkId

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
            for (const name of ["libraryStack", "historyStack", "waitsStack", "settingsStack"]) {
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
        // Shortcuts are for when no text field is being typed in: park the focus on the shell.
        function unfocusFields() {
            shell.forceActiveFocus()
            tryVerify(() => !(shell.Window.activeFocusItem
                              && shell.Window.activeFocusItem.hasOwnProperty("cursorPosition")))
        }
        function stored() {
            const text = WalkHooks.storedWalk(walkId)
            verify(text.length > 0, "walk " + walkId + " is in the vault")
            return JSON.parse(text)
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

        function test_2_sectionShortcuts() {
            const home = page("homePage")
            unfocusFields()
            compare(home.currentSection, 0)
            keySequence("Ctrl+2")
            tryCompare(home, "currentSection", 1)
            verify(child(home, "historyPage").visible)
            keySequence("Ctrl+3")
            tryCompare(home, "currentSection", 2)
            verify(child(home, "waitsPage").visible)
            keySequence("Ctrl+4")
            tryCompare(home, "currentSection", 3)
            verify(child(home, "nav_3").current)
            compare(home.reviewer, false)
            keySequence("Ctrl+5") // the Review section is the CCO's: nothing happens here
            wait(50)
            compare(home.currentSection, 3)
            keySequence("Ctrl+1")
            tryCompare(home, "currentSection", 0)
            verify(child(home, "nav_0").current)
        }

        function test_3_contactShortcuts() {
            const home = page("homePage")
            const library = child(home, "libraryPage")
            tryCompare(library.templates, "count", 9)
            tap(child(library, "template_airline-ask-for-ceo"))
            const preview = child(home, "journeyPreviewPage")
            tryVerify(() => preview.title.length > 0)
            tap(child(preview, "startWalkButton"))
            const walkPage = child(home, "walkPage")
            tryVerify(() => walkPage.walk.loaded)
            walkId = walkPage.walk.walkId
            // Desktop: the contact sits beside the steps (no Continue button to press).
            const contactPage = child(child(walkPage, "contactPane"), "contactPage")
            const contact = contactPage.contact
            compare(contact.touchpointId, "contact-centre-call")
            unfocusFields()

            keyClick(Qt.Key_Space) // Space = next phase
            tryCompare(contact, "currentPhase", "ringing")
            keyClick(Qt.Key_Space)
            tryCompare(contact, "currentPhase", "ivr")
            keyClick(Qt.Key_R) // R = repeated myself
            tryCompare(contact, "repeatCount", 1)

            // While typing a note, R and Space are letters, not shortcuts.
            const note = child(contactPage, "noteField")
            note.forceActiveFocus()
            keyClick(Qt.Key_R)
            keyClick(Qt.Key_Space)
            wait(50)
            compare(contact.repeatCount, 1)
            compare(contact.currentPhase, "ivr")
            unfocusFields()

            keyClick(Qt.Key_H) // H = handed over: the department dialog opens
            const dialog = findChild(contactPage, "handoffDialog")
            tryVerify(() => dialog.opened, 5000, "H opens the handoff dialog")
            mouseClick(child(dialog.contentItem, "handoffTo_executive_office"))
            tryCompare(contact.handoffs, "length", 1)
            tryVerify(() => !dialog.visible)
            unfocusFields()

            // A tap beside the note (a chip on the scoring side takes the focus) leaves no
            // shortcut armed: typing meant for the note must never drive the stopwatch.
            // A person's next tap comes after the double-click interval: two clicks inside it count
            // as a double click wherever they land (test input has no moves in between).
            wait(Qt.styleHints.mouseDoubleClickInterval)
            note.forceActiveFocus()
            mouseClick(child(contactPage, "score_3_na"))
            tryVerify(() => child(contactPage, "score_3_na").activeFocus, 5000, "the chip took the focus")
            for (const key of [Qt.Key_Space, Qt.Key_R, Qt.Key_H, Qt.Key_Return])
                keyClick(key)
            wait(50)
            compare(contact.currentPhase, "ivr")
            compare(contact.repeatCount, 1)
            verify(!dialog.visible, "no handoff dialog from typing beside the note")
            verify(!contact.closed)
            unfocusFields()

            keyClick(Qt.Key_Return) // Enter = end: it asks for the outcome, it never ends alone
            const outcomes = findChild(contactPage, "outcomeDialog")
            tryVerify(() => outcomes.opened, 5000, "Enter opens the outcome dialog")
            verify(!contact.closed, "Enter alone does not end the contact")
            mouseClick(child(outcomes.contentItem, "outcome_unresolved"))
            tryVerify(() => contact.closed)
            compare(contact.outcome, "unresolved")

            const walk = stored()
            compare(walk.contacts[0].events.map(e => e.phase), ["ringing", "ivr", "end"])
            compare(walk.contacts[0].repeatCount, 1)
            compare(walk.contacts[0].handoffs[0].toDepartment, "executive_office")
            compare(walk.contacts[0].outcome, "unresolved")
        }

        function test_4_saveShortcutInTheEditor() {
            const home = page("homePage")
            const stack = child(home, "libraryStack")
            stack.pop(null)
            settle()
            const library = child(home, "libraryPage")
            tap(child(library, "template_airline-ask-for-ceo"))
            const preview = child(home, "journeyPreviewPage")
            tryVerify(() => preview.title.length > 0)
            tap(child(preview, "duplicateTemplateButton"))
            const editor = child(home, "templateEditorPage")
            tryVerify(() => editor.document.loaded)
            const name = child(editor, "templateNameField")
            name.field.forceActiveFocus()
            name.field.selectAll()
            for (const c of "Shortcut copy")
                keyClick(c)
            unfocusFields() // editing finished: the name goes to the document
            tryVerify(() => editor.document.dirty, 5000, "the edit made the journey dirty")
            keySequence("Ctrl+S")
            tryVerify(() => !editor.document.dirty, 5000, "Ctrl+S saved the journey")
            compare(editor.document.name, "Shortcut copy")
            library.templates.reload()
            let found = false
            for (let i = 0; i < library.templates.count; ++i)
                found = found || library.templates.data(library.templates.index(i, 0), Qt.DisplayRole) === "Shortcut copy"
            verify(found, "the saved journey is in the library")
        }

        function test_5_lockShortcut() {
            page("homePage")
            keySequence("Ctrl+L")
            page("unlockPage")
            compare(AppController.session.unlocked, false)
            compare(WalkHooks.storedWalk(walkId), "", "nothing is readable once locked")
        }
    }
}
