import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesWalkTest

// Evidence on a contact, through the real pages over a real vault (issue 11): a photo through
// the camera path (the camera is faked as the QR scanner's test fakes it: no camera is opened,
// frames are pushed into the capture dialog's VideoSink and the shutter takes the frame shown),
// an image file, a bad file, the microphone messages; then the summary shows the items and
// deleting one removes its chunk rows from the vault (read with SQL by WalkHooks). Sharing a
// photo with the review asks first and waits for the no-faces/no-names box; the vault then
// keeps the small copy (WalkHooks.evidenceShared); "Make private" removes it; a memo has no
// such action.
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
        name: "EvidenceFlow"
        when: windowShown

        readonly property string passphrase: "amber lantern orchard river"
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
            wait(50) // let pending layout polish run (no assertion on time)
        }
        function reveal(item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentY !== undefined && p.contentHeight !== undefined && p.interactive !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    p.contentY = Math.round(Math.max(0, Math.min(y - p.height / 3, p.contentHeight - p.height)))
                    return
                }
            }
        }
        function tap(item) {
            verify(item.enabled, item.objectName + " is enabled")
            settle()
            reveal(item)
            wait(50)
            mouseClick(item)
        }
        function typeInto(field, text) {
            field.field.forceActiveFocus()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }
        // English+light and Italian+dark at phone and desktop size, `item` (if any) in view.
        // `redo` (if any) repeats the step after a change of language, so a message on screen is
        // the one that language would show.
        function shot(name, item, redo) {
            const dir = WalkHooks.screenshotDir()
            if (dir.length === 0)
                return
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                if (redo)
                    redo()
                for (const size of [[390, 844], [1440, 900]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(300)
                    if (item)
                        reveal(item)
                    waitForRendering(shell)
                    grabImage(root).save(dir + "/" + name + "-" + look.join("-") + "-"
                                         + size[0] + "x" + size[1] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 390
            root.height = 844
            wait(300)
        }
        function contactPage() {
            return child(page("homePage"), "contactPage")
        }
        function openSheet() {
            const cp = contactPage()
            if (!cp.evidenceSheet.opened) {
                tap(child(cp, "evidenceButton"))
                tryVerify(() => cp.evidenceSheet.opened, 5000, "evidence sheet opens")
            }
            return cp.evidenceSheet
        }

        function test_1_startAContact() {
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
            const cp = contactPage()
            cp.cameraEnabled = false // the faked camera (see the file's comment)
            tap(child(cp, "nextPhaseButton"))
            tryCompare(cp.contact, "currentPhase", "ringing")
            compare(child(cp, "evidenceButton").text, "Evidence")
        }

        function test_2_photoThroughTheCameraPath() {
            const cp = contactPage()
            const sheet = openSheet()
            compare(child(sheet.contentItem, "evidenceCountLabel").text, "On this contact: 0")
            typeInto(child(sheet.contentItem, "evidenceCaptionField"), "Queue music")
            shot("evidence-sheet")
            tap(child(sheet.contentItem, "takePhotoButton"))
            const camera = cp.cameraDialog
            tryVerify(() => camera.opened && camera.videoSink !== null, 5000, "camera dialog ready")
            verify(WalkHooks.pushFrame(camera.videoSink, 1600, 1200, "#2e7d32"))
            shot("evidence-camera")
            tap(child(camera.contentItem, "shutterButton"))
            tryVerify(() => !camera.visible, 5000, "the dialog closes once the photo is stored")
            tryCompare(cp.evidence, "count", 1)
            compare(WalkHooks.evidenceRows(walkId), 1)
            const id = child(sheet.contentItem, "evidence_0").evidenceId
            const note = WalkHooks.evidenceNote(id).split("|")
            compare(note[0], "Queue music")
            verify(Number(note[1]) >= 0, "a time on the contact's timeline: " + note[1])
            compare(sheet.capture.caption, "", "the caption field is ready for the next item")
            compare(child(sheet.contentItem, "evidenceCountLabel").text, "On this contact: 1")
            compare(child(cp, "evidenceButton").text, "Evidence (1)")
        }

        function test_3_imageFilesGoodAndBad() {
            const cp = contactPage()
            const sheet = openSheet()
            // What the file picker's onAccepted does with the chosen file.
            typeInto(child(sheet.contentItem, "evidenceCaptionField"), "Cancel button hidden")
            verify(!cp.capture.addImageFile(WalkHooks.writeJunk("page.png")))
            const error = child(sheet.contentItem, "evidenceError")
            verify(error.text.indexOf("not a picture the app can read") >= 0, error.text)
            compare(sheet.capture.caption, "Cancel button hidden", "the caption is kept")
            compare(WalkHooks.evidenceRows(walkId), 1)
            shot("evidence-bad-file", null, () => cp.capture.addImageFile(WalkHooks.writeJunk("page.png")))
            verify(cp.capture.addImageFile(WalkHooks.writePng("page.png", 1200, 2400, "#1565c0")),
                   cp.capture.errorString)
            tryVerify(() => !error.visible)
            tryCompare(cp.evidence, "count", 2)
            compare(WalkHooks.evidenceRows(walkId), 2)
            // Each photo in the sheet offers sharing too (asked first, as on the summary).
            const listed = child(sheet.contentItem, "evidence_1")
            tap(child(listed, "shareEvidenceButton"))
            tryVerify(() => cp.shareEvidenceDialog.opened, 5000, "the sheet's share asks first")
            tap(child(cp.shareEvidenceDialog.contentItem, "cancelShareEvidenceButton"))
            tryVerify(() => !cp.shareEvidenceDialog.visible)
            verify(!WalkHooks.evidenceShared(listed.evidenceId), "cancelled: still private")
        }

        function test_4_microphoneMessages() {
            const cp = contactPage()
            const sheet = openSheet()
            WalkHooks.setMicrophoneAllowed(false)
            tap(child(sheet.contentItem, "recordMemoButton"))
            const error = child(sheet.contentItem, "evidenceError")
            // No microphone on this machine, or one whose access the (fake) platform refuses.
            if (cp.recorder.microphoneAvailable)
                verify(error.text.indexOf("Microphone access is off") >= 0, error.text)
            else
                verify(error.text.indexOf("No microphone found") >= 0, error.text)
            compare(cp.recorder.state, "idle")
            compare(WalkHooks.evidenceRows(walkId), 2)
            shot("evidence-no-microphone", null, () => cp.recorder.start())
            sheet.close()
            tryVerify(() => !sheet.visible)
        }

        // Call audio on speaker: not offered until the company policy (Settings) allows it.
        // Without a microphone the button says so before any consent is asked or noted.
        function test_4b_callAudioFollowsThePolicy() {
            const home = page("homePage")
            const cp = contactPage()
            let sheet = openSheet()
            verify(!findChild(sheet.contentItem, "callAudioButton").visible, "off by default")
            sheet.close()
            tryVerify(() => !sheet.visible)
            home.currentSection = 3
            const settings = child(home, "settingsPage")
            const policySwitch = child(settings, "callAudioPolicySwitch")
            verify(!policySwitch.checked)
            tap(policySwitch)
            tryCompare(settings.callAudioPolicy, "allowed", true)
            shot("settings-call-audio-policy", policySwitch)
            home.currentSection = 0
            sheet = openSheet()
            const button = child(sheet.contentItem, "callAudioButton")
            if (cp.recorder.microphoneAvailable)
                skip("this machine has a microphone: the consent flow is tst_walk_memo's")
            tap(button)
            const error = child(sheet.contentItem, "evidenceError")
            verify(error.text.indexOf("No microphone found") >= 0, error.text)
            verify(!cp.consentDialog.visible, "no sentence to say when nothing can record")
            compare(JSON.parse(WalkHooks.consents(cp.contact.contactId)).length, 0)
            sheet.close()
            tryVerify(() => !sheet.visible)
        }

        function test_5_summaryShowsThemAndDeleteRemovesTheChunks() {
            const home = page("homePage")
            findChild(home, "walkPage").showSummary()
            const summary = child(home, "summaryPage")
            const card = summary.evidence
            tryCompare(card.items, "count", 2)
            compare(card.items.photoCount, 2)
            const first = child(card, "evidence_0")
            compare(child(first, "evidenceCaption").text, "Queue music")
            const thumb = findChild(first, "evidenceThumb")
            tryCompare(thumb, "status", Image.Ready)
            verify(thumb.implicitWidth > 0, "the thumbnail decoded from the vault")
            shot("summary-evidence", first)

            const id = first.evidenceId
            verify(WalkHooks.chunkRows(id) > 0)
            tap(child(first, "deleteEvidenceButton"))
            const dialog = summary.deleteEvidenceDialog
            tryVerify(() => dialog.opened, 5000, "delete asks first")
            compare(dialog.title, "Delete this photo?")
            shot("summary-delete-confirm")
            tap(child(dialog.contentItem, "keepEvidenceButton"))
            tryVerify(() => !dialog.visible)
            verify(WalkHooks.chunkRows(id) > 0, "kept")
            tap(child(first, "deleteEvidenceButton"))
            tryVerify(() => dialog.opened)
            tap(child(dialog.contentItem, "confirmDeleteEvidenceButton"))
            tryCompare(card.items, "count", 1)
            compare(WalkHooks.chunkRows(id), 0)
            compare(WalkHooks.evidenceRows(walkId), 1)
        }
    
        function test_6_shareAPhotoWithTheReviewAndMakeItPrivate() {
            const summary = child(page("homePage"), "summaryPage")
            const card = summary.evidence
            verify(WalkHooks.addVoiceItem(walkId, "After the call").length > 0)
            card.items.reload()
            tryCompare(card.items, "count", 2)
            let photo = null
            let memo = null
            for (let i = 0; i < 2; ++i) {
                const row = child(card, "evidence_" + i)
                if (row.kind === "photo")
                    photo = row
                else
                    memo = row
            }
            verify(photo !== null && memo !== null)
            verify(!findChild(memo, "evidenceSharing").visible, "voice never leaves: no action")
            verify(!findChild(memo, "shareEvidenceButton").visible)
            const id = photo.evidenceId
            compare(child(photo, "evidenceSharedLabel").text, "Private: stays on this device")

            const button = child(photo, "shareEvidenceButton")
            const where = button.mapToItem(root, 0, 0)
            tap(button)
            const dialog = summary.shareEvidenceDialog
            tryVerify(() => dialog.opened, 5000, "sharing asks first")
            compare(dialog.title, "Share this photo with the review?")
            verify(child(dialog.contentItem, "evidenceShareMessage").text.indexOf("smaller copy of this photo and its caption") >= 0)
            compare(child(dialog.contentItem, "evidenceShareCaption").text, "Caption: Cancel button hidden")
            const box = child(dialog.contentItem, "noFacesCheckBox")
            const confirm = child(dialog.contentItem, "confirmShareEvidenceButton")
            verify(!box.checked)
            verify(!confirm.enabled, "not before the box is ticked")
            mouseClick(confirm)
            verify(dialog.opened && !WalkHooks.evidenceShared(id), "a click on the disabled button shares nothing")
            shot("summary-share-confirm", null, () => { if (!dialog.opened) dialog.ask(id, "Cancel button hidden") })
            verify(dialog.opened)
            tap(box)
            verify(box.checked)
            verify(confirm.enabled)
            tap(confirm)
            tryVerify(() => !dialog.visible, 5000, "the dialog closes once shared")
            tryCompare(photo, "shared", true)
            verify(WalkHooks.evidenceShared(id), "the vault keeps the copy")
            const bytes = WalkHooks.sharedCopyBytes(walkId, id)
            verify(bytes > 0 && bytes <= 300 * 1024, "a small copy: " + bytes)
            compare(child(photo, "evidenceSharedLabel").text, "Shared with the review")
            const makePrivate = child(photo, "unshareEvidenceButton")
            settle()
            const after = makePrivate.mapToItem(root, 0, 0)
            compare(after.x, where.x, "the action keeps its place")
            shot("summary-evidence-shared", photo)
            // The badge keeps to one line where there is room: Italian at desktop size.
            AppController.settings.language = "it"
            root.width = 1440
            settle()
            compare(child(photo, "evidenceSharedLabel").text, "Condivisa con la revisione")
            compare(child(photo, "evidenceSharedLabel").lineCount, 1, "the Italian badge on one line")
            AppController.settings.language = "en"
            root.width = 390
            settle()

            tap(makePrivate)
            tryCompare(photo, "shared", false)
            verify(!dialog.visible, "making private asks nothing")
            verify(!WalkHooks.evidenceShared(id))
            compare(WalkHooks.sharedCopyBytes(walkId, id), -1)
            // Asking again starts with the box clear.
            tap(child(photo, "shareEvidenceButton"))
            tryVerify(() => dialog.opened)
            verify(!child(dialog.contentItem, "noFacesCheckBox").checked)
            verify(!child(dialog.contentItem, "confirmShareEvidenceButton").enabled)
            tap(child(dialog.contentItem, "cancelShareEvidenceButton"))
            tryVerify(() => !dialog.visible)
            verify(!WalkHooks.evidenceShared(id))

            // Five other photos already travel: a sixth is refused with a message, the dialog
            // stays open and nothing changes.
            compare(WalkHooks.addSharedPhotos(walkId, 5), 5)
            card.items.reload()
            tryCompare(card.items, "count", 7)
            photo = null
            for (let i = 0; i < 7 && photo === null; ++i) {
                const row = child(card, "evidence_" + i)
                if (row.evidenceId === id)
                    photo = row
            }
            verify(photo !== null && !photo.shared)
            tap(child(photo, "shareEvidenceButton"))
            tryVerify(() => dialog.opened)
            tap(child(dialog.contentItem, "noFacesCheckBox"))
            tap(child(dialog.contentItem, "confirmShareEvidenceButton"))
            const error = child(dialog.contentItem, "evidenceShareError")
            verify(error.text.indexOf("at most 5 photos") >= 0, error.text)
            verify(dialog.opened, "the dialog stays, with the message")
            verify(!WalkHooks.evidenceShared(id))
            verify(!photo.shared)
            shot("summary-share-refused", null, () => {
                if (!dialog.opened)
                    dialog.ask(id, "Cancel button hidden")
                child(dialog.contentItem, "noFacesCheckBox").checked = true
                child(dialog.contentItem, "confirmShareEvidenceButton").clicked()
            })
            tap(child(dialog.contentItem, "cancelShareEvidenceButton"))
            tryVerify(() => !dialog.visible)
        }
    }
}
