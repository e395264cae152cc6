import QtQuick
import QtTest
import InTheirShoes
import InTheirShoesWalkTest

// A voice memo with real parts (issue 11): a private PulseAudio whose default source carries a
// 440 Hz sine (memo/run_with_microphone.sh; ctest's tst_walk_memo runs this file inside it),
// the real VoiceRecorder and QAudioSource level meter, a real vault. Record, pause, resume,
// stop and save; then the summary plays it from memory. Skipped without that session
// (tst_walk finds this file too).
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
        name: "MemoFlow"
        when: windowShown

        readonly property string passphrase: "willow granite compass meadow"
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
        function shot(name, item) {
            const dir = WalkHooks.screenshotDir()
            if (dir.length === 0)
                return
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
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

        function init() {
            if (!WalkHooks.pulseRunning())
                skip("no private PulseAudio session (run through ctest's tst_walk_memo)")
        }

        function test_1_recordAMemo() {
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
            tap(child(cp, "nextPhaseButton"))
            tryCompare(cp.contact, "currentPhase", "ringing")

            WalkHooks.setMicrophoneAllowed(true)
            tap(child(cp, "evidenceButton"))
            const sheet = cp.evidenceSheet
            tryVerify(() => sheet.opened)
            typeInto(child(sheet.contentItem, "evidenceCaptionField"), "Straight after the call")
            verify(cp.recorder.microphoneAvailable, "the sine source is a microphone")
            // A microphone that sends no sound yet: the memo says it is starting, and the app
            // does not freeze (the meter used to wait forever for a suspended source).
            verify(WalkHooks.suspendMicrophone(true))
            tap(child(sheet.contentItem, "recordMemoButton"))
            tryCompare(cp.recorder, "state", "recording", 5000)
            compare(cp.recorder.errorString, "")
            const stateLabel = child(sheet.contentItem, "memoStateLabel")
            compare(cp.recorder.elapsedMs, 0)
            compare(stateLabel.text, "Starting the microphone…")
            compare(cp.recorder.level, 0)
            shot("memo-starting", stateLabel)
            verify(WalkHooks.suspendMicrophone(false))
            // The meter hears the sine; the clock runs. (A start that stays silent is started
            // again after 4 s, hence the long waits.)
            tryVerify(() => cp.recorder.level > 0.05, 10000, "level meter moves")
            tryVerify(() => cp.recorder.elapsedMs >= 1000, 30000, "elapsed time runs")
            compare(stateLabel.text, "Recording…")
            verify(child(sheet.contentItem, "memoElapsed").text.length > 0)
            shot("memo-recording", child(sheet.contentItem, "memoLevelMeter"))
            tap(child(sheet.contentItem, "memoPauseButton"))
            tryCompare(cp.recorder, "state", "paused", 5000)
            compare(child(sheet.contentItem, "memoPauseButton").text, "Resume")
            tap(child(sheet.contentItem, "memoPauseButton"))
            tryCompare(cp.recorder, "state", "recording", 5000)
            tryVerify(() => cp.recorder.elapsedMs >= 2000, 10000, "two seconds recorded")
            tap(child(sheet.contentItem, "memoStopButton"))
            tryCompare(cp.evidence, "count", 1, 10000)
            tryCompare(cp.recorder, "state", "idle")
            compare(WalkHooks.evidenceRows(walkId), 1)
            const item = child(sheet.contentItem, "evidence_0")
            compare(item.kind, "voice")
            compare(item.caption, "Straight after the call")
            verify(item.durationMs >= 1500, "length read from the stored Ogg: " + item.durationMs)
            sheet.close()
        }

        // The company allows call audio (Settings); the sentence to say comes first, in the
        // walk's language (English here, whatever the app's language), and saying it is noted
        // in the contact's log before the recording starts.
        function test_1b_callAudioAfterTheConsentSentence() {
            const home = page("homePage")
            home.currentSection = 3
            const settings = child(home, "settingsPage")
            tap(child(settings, "callAudioPolicySwitch"))
            tryCompare(settings.callAudioPolicy, "allowed", true)
            home.currentSection = 0
            const cp = contactPage()
            tap(child(cp, "evidenceButton"))
            const sheet = cp.evidenceSheet
            tryVerify(() => sheet.opened)
            tap(child(sheet.contentItem, "callAudioButton"))
            const consent = cp.consentDialog
            tryVerify(() => consent.opened, 5000, "the sentence is shown first")
            const sentence = child(consent.contentItem, "consentSentence")
            verify(sentence.text.indexOf("Before we go on") >= 0, sentence.text)
            compare(JSON.parse(WalkHooks.consents(cp.contact.contactId)).length, 0)
            shot("consent-sentence", sentence)
            tap(child(consent.contentItem, "consentSaidButton"))
            tryCompare(cp.recorder, "state", "recording", 5000)
            const records = JSON.parse(WalkHooks.consents(cp.contact.contactId))
            compare(records.length, 1)
            compare(records[0].kind, "call_audio")
            compare(records[0].language, "en")
            verify(records[0].sentence.indexOf("Before we go on") === 0)
            tryVerify(() => cp.recorder.elapsedMs >= 1000, 30000, "recording")
            tap(child(sheet.contentItem, "memoStopButton"))
            tryCompare(cp.evidence, "count", 2, 10000)
            compare(cp.evidence.memoCount, 2)
            compare(WalkHooks.evidenceRows(walkId), 2)
            sheet.close()
            tryVerify(() => !sheet.visible)
        }

        function test_2_playItFromTheSummary() {
            const home = page("homePage")
            findChild(home, "walkPage").showSummary()
            const summary = child(home, "summaryPage")
            const card = summary.evidence
            tryCompare(card.items, "count", 2)
            compare(card.items.memoCount, 2)
            const memo = child(card, "evidence_0")
            tap(child(memo, "playMemoButton"))
            tryCompare(card.player, "playing", true, 5000)
            compare(card.player.errorString, "")
            tryVerify(() => card.player.durationMs > 1000 && card.player.positionMs > 0, 10000,
                      "played from the in-memory buffer")
            tap(child(memo, "playMemoButton"))
            tryCompare(card.player, "playing", false, 5000)
            shot("summary-memo-paused", memo)
        }
    }
}
