import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesWalkTest

// A live contact on a phone (390x844), through the real pages over a real vault: honest
// states (no verdict before the start, no green tick on a failed must-be, no pain point from
// defaults, a confirmation naming the unvisited touchpoints), and nothing that moves under the
// thumb (phase buttons, the must-be verdict, the note field), with "Next touchpoint" reachable
// above the tab bar once the contact ended.
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
        name: "ContactFlow"
        when: windowShown

        readonly property string passphrase: "copper meadow signal harbour"
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
            const stack = findChild(shell, "libraryStack")
            if (stack)
                tryVerify(() => !stack.busy, 5000, "libraryStack settles")
            wait(50) // let pending layout polish run, so positions are final (no assertion on time)
        }
        // Scrolls the nearest Flickable so `item` is in view, as a thumb would.
        function reveal(item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentY !== undefined && p.contentHeight !== undefined && p.interactive !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    // Whole pixels, as a flick comes to rest (a release rounds a fractional position).
                    p.contentY = Math.round(Math.max(0, Math.min(y - p.height / 3, p.contentHeight - p.height)))
                    return
                }
            }
        }
        function onScreen(item) {
            const p = item.mapToItem(root, item.width / 2, item.height / 2)
            return p.x >= 0 && p.y >= 0 && p.x < root.width && p.y < root.height
        }
        function tap(item) {
            verify(item.enabled, item.objectName + " is enabled")
            settle()
            reveal(item)
            wait(50)
            tryVerify(() => onScreen(item), 5000, item.objectName + " is on screen")
            mouseClick(item)
        }
        // A tap where the item already is, without scrolling to it first.
        function tapInPlace(item) {
            verify(item.enabled, item.objectName + " is enabled")
            settle()
            verify(onScreen(item), item.objectName + " is on screen without scrolling")
            mouseClick(item)
        }
        function typeInto(field, text) {
            field.field.forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }
        function inDialog(pageItem, dialogName, name) {
            const dialog = findChild(pageItem, dialogName)
            verify(dialog !== null, "no dialog " + dialogName)
            tryVerify(() => dialog.opened, 5000, dialogName + " opens")
            return child(dialog.contentItem, name)
        }
        // Where an item sits in the window: what the thumb aims at.
        function at(item) {
            const p = item.mapToItem(root, 0, 0)
            return Qt.rect(p.x, p.y, item.width, item.height)
        }
        function stored() {
            const text = WalkHooks.storedWalk(walkId)
            verify(text.length > 0, "walk " + walkId + " is in the vault")
            return JSON.parse(text)
        }
        function shot(name) {
            const dir = WalkHooks.screenshotDir()
            if (dir.length === 0)
                return
            wait(400)
            waitForRendering(shell)
            grabImage(shell).save(dir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }
        function contactPage() {
            return child(page("homePage"), "contactPage")
        }

        function test_1_startAWalk() {
            const first = page("firstRunPage")
            tap(child(first, "continueButton"))
            typeInto(child(first, "newPassphraseField"), passphrase)
            typeInto(child(first, "confirmPassphraseField"), passphrase)
            tap(child(first, "createVaultButton"))
            tryCompare(AppController.session, "unlocked", true, 20000)
            tap(child(first, "wroteItDownSwitch"))
            tap(child(first, "finishFirstRunButton"))
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
            tap(child(walkPage, "continueButton"))
            compare(contactPage().contact.touchpointId, "contact-centre-call")
        }

        function test_2_noVerdictBeforeTheStart() {
            const sla = child(contactPage(), "slaIndicator")
            verify(sla.text.indexOf("30:00") < 0, "no target verdict before the start: " + sla.text)
            compare(sla.text, "The clock starts with the first phase")
            shot("contact-not-started")
        }

        function test_3_phaseButtonsStayPut() {
            const cp = contactPage()
            const contact = cp.contact
            tap(child(cp, "nextPhaseButton"))
            tryCompare(contact, "currentPhase", "ringing")
            settle()
            const places = {}
            for (const phase of ["ringing", "ivr", "queue", "talking", "hold", "transfer", "callback_wait"])
                places[phase] = at(child(cp, "phaseButton_" + phase))
            // The thumb stays where it is: no scrolling between the taps, so any move is the page's.
            for (const phase of ["ivr", "queue", "talking"]) {
                tapInPlace(child(cp, "nextPhaseButton"))
                tryCompare(contact, "currentPhase", phase)
                settle()
                for (const other in places)
                    compare(at(child(cp, "phaseButton_" + other)), places[other],
                            "phaseButton_" + other + " stays put after " + phase)
            }
            // A phone has no single-key shortcuts: keys typed anywhere drive nothing.
            shell.forceActiveFocus()
            for (const key of [Qt.Key_Space, Qt.Key_R, Qt.Key_H, Qt.Key_Return, Qt.Key_Enter])
                keyClick(key)
            wait(50)
            compare(contact.currentPhase, "talking")
            compare(contact.repeatCount, 0)
            verify(!findChild(cp, "handoffDialog").visible)
            verify(!findChild(cp, "outcomeDialog").visible)

            // A phase tapped by mistake is taken back from the Undo bar; the log keeps both.
            tap(child(cp, "phaseButton_hold"))
            tryCompare(contact, "currentPhase", "hold")
            const undoBar = child(cp, "undoBar")
            compare(child(undoBar, "undoMessage").text, "Now: On hold")
            tap(child(undoBar, "undoButton"))
            tryCompare(contact, "currentPhase", "talking")
            tryVerify(() => !undoBar.visible)
            compare(stored().contacts[0].events.map(e => e.phase),
                    ["ringing", "ivr", "queue", "talking", "hold", "undo"])

            // "Waiting for callback" keeps clear of "Repeated myself": a gap, not a shared edge.
            const callback = at(child(cp, "phaseButton_callback_wait"))
            const repeat = at(child(cp, "repeatButton"))
            verify(repeat.y >= callback.y + callback.height + 4,
                   "gap between callback_wait (bottom " + (callback.y + callback.height)
                   + ") and repeat (top " + repeat.y + ")")
            // The running lap is shown whole inside the lap list.
            const laps = child(cp, "lapList")
            const running = child(laps, "lap_" + (laps.count - 1))
            const list = at(laps)
            const row = at(running)
            verify(row.y >= list.y - 0.5 && row.y + row.height <= list.y + list.height + 0.5,
                   "running lap " + JSON.stringify(row) + " inside " + JSON.stringify(list))
            shot("contact-running")
        }

        function test_4_scoringMovesNothing() {
            const cp = contactPage()
            tap(child(cp, "scoreTab"))
            settle() // the score side just appeared: reveal it on its final layout
            reveal(child(cp, "score_0_1")) // the thumb's scroll; from here on only the verdict could move things
            settle()
            const before = at(child(cp, "score_1_2"))
            tapInPlace(child(cp, "score_0_1")) // a must-be failed
            const banner = findChild(cp, "mustBeFailedBanner")
            tryVerify(() => banner.shown, 5000, "the must-be verdict shows")
            settle()
            compare(at(child(cp, "score_1_2")), before, "the next criterion did not move")

            const note = child(cp, "noteField")
            reveal(child(cp, "moment_pain_point"))
            settle()
            const noteBefore = at(note)
            tapInPlace(child(cp, "moment_pain_point"))
            tryCompare(cp.editor, "momentKind", "pain_point")
            settle()
            compare(at(note), noteBefore, "choosing Pain point does not push the note down")
            // No defaults: nothing is chosen, nothing is stored until theme and severity are.
            compare(cp.editor.theme, "")
            compare(cp.editor.severity, 0)
            verify(!child(cp, "theme_waiting").checked)
            compare(stored().contacts[0].observation.moment.kind, "none")
            shot("contact-score-pending")
            tap(child(cp, "theme_billing"))
            compare(stored().contacts[0].observation.moment.kind, "none")
            tap(child(cp, "severity_2"))
            tryCompare(cp.editor, "momentPending", false)
            const moment = stored().contacts[0].observation.moment
            compare(moment.kind, "pain_point")
            compare(moment.theme, "billing")
            compare(moment.severity, 2)
            // Responsible: the owner unless the executive names another department.
            verify(child(cp, "momentDepartment_contact_centre").checked, "the owner is the default")
            tap(child(cp, "momentDepartment_sales"))
            tryCompare(cp.editor, "department", "sales")
            compare(stored().contacts[0].observation.moment.department, "sales")
            verify(!child(cp, "momentDepartment_contact_centre").checked)
            shot("contact-score-department")
        }

        function test_5_endingShowsNextTouchpoint() {
            const cp = contactPage()
            tap(child(cp, "timeTab"))
            tap(child(cp, "resolveButton"))
            tap(inDialog(cp, "outcomeDialog", "outcome_resolved"))
            tryVerify(() => cp.contact.closed)
            // Ended by mistake: Undo reopens it, and ending again asks for the outcome again.
            tap(child(child(cp, "undoBar"), "undoButton"))
            tryVerify(() => !cp.contact.closed)
            compare(cp.contact.outcome, "open")
            tap(child(cp, "resolveButton"))
            tap(inDialog(cp, "outcomeDialog", "outcome_partial"))
            tryVerify(() => cp.contact.closed)
            compare(stored().contacts[0].outcome, "partial")
            compare(stored().contacts[0].events.map(e => e.phase).slice(-3), ["end", "undo", "end"])
            const next = child(cp, "nextTouchpointButton")
            compare(next.kind, "primary")
            verify(child(cp, "nextPhaseButton").kind !== "primary", "New attempt is not the primary button")
            reveal(next)
            settle()
            const tabBar = child(page("homePage"), "tabBar")
            const button = at(next)
            verify(button.y >= 0 && button.y + button.height <= at(tabBar).y,
                   "Next touchpoint " + JSON.stringify(button) + " above the tab bar at " + at(tabBar).y)
            shot("contact-ended")
        }

        function test_6_failedTouchpointIsNoTick() {
            const home = page("homePage")
            child(home, "libraryStack").pop()
            settle()
            const walkPage = child(home, "walkPage")
            const mark = child(walkPage, "stepMark_0")
            verify(!Qt.colorEqual(mark.color, Theme.success), "no green for a failed must-be")
            compare(walkPage.walk.steps.data(walkPage.walk.steps.index(0, 0), Qt.UserRole + 8), "failed")
            shot("walk-failed-step")
        }

        function test_7_finishNamesTheUnvisited() {
            const home = page("homePage")
            const walkPage = child(home, "walkPage")
            tap(child(walkPage, "summaryButton"))
            const summaryPage = child(home, "summaryPage")
            const summary = summaryPage.summary
            tryVerify(() => summary.valid)
            // Pain points only under "Pain points by department".
            compare(summary.moments.count, summary.moments.painPointCount)
            verify(summary.moments.count >= 2) // the failed must-be and the chosen pain point
            verify(summary.sharedJson.indexOf('"department": "sales"') >= 0, "Sales' pain point travels")
            tap(child(summaryPage, "finishWalkButton"))
            const message = inDialog(summaryPage, "finishWalkDialog", "finishWalkMessage")
            verify(message.text.indexOf("3 of 4") >= 0, message.text)
            shot("finish-confirm")
            tap(inDialog(summaryPage, "finishWalkDialog", "keepWalkingButton"))
            wait(50)
            verify(!walkPage.walk.finished, "Keep walking leaves the walk open")
            tap(child(summaryPage, "finishWalkButton"))
            tap(inDialog(summaryPage, "finishWalkDialog", "finishAnywayButton"))
            tryVerify(() => walkPage.walk.finished)
            compare(stored().status, "finished")
        }
    }
}
