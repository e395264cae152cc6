import QtQuick
import QtQuick.Controls.Basic
import QtTest
import InTheirShoes
import InTheirShoesReviewTest

// The review round trip through the real pages, in order: create the circle (embedded folder
// target), save an invitation, join with it from the executive's vault, accept the request,
// push a summary, pull it and open it, revoke the device, and see its next summary rejected.
Item {
    id: root
    width: 390
    height: 844

    property bool showExecutive: false

    StackView {
        id: reviewStack
        anchors.fill: parent
        visible: !root.showExecutive
        initialItem: ReviewSetupPage {
            session: ReviewHooks.reviewSession
            defaultTarget: ReviewHooks.dataDir + "/sync"
        }
    }
    // The Review section's badge, as HomePage uses it, over the CCO's vault.
    ReviewRequestWatcher {
        id: requestWatcher
        active: true
        stack: reviewStack
        session: ReviewHooks.reviewSession
    }
    StackView {
        id: executiveStack
        anchors.fill: parent
        visible: root.showExecutive
        initialItem: ReviewEnrollPage {
            session: ReviewHooks.executiveSession
        }
    }

    TestCase {
        id: tc
        name: "ReviewFlow"
        when: windowShown

        property string deviceId

        function child(parentItem, name) {
            let item = null
            tryVerify(() => (item = findChild(parentItem, name)) !== null, 3000, "no item named " + name)
            return item
        }
        // Scrolls the nearest Flickable/ListView so the item is inside the window.
        function scrollTo(item) {
            let view = item.parent
            while (view && !(view.contentY !== undefined && view.flick !== undefined))
                view = view.parent
            if (!view)
                return
            const y = item.mapToItem(view.contentItem, 0, 0).y
            view.contentY = Math.max(view.originY,
                                     Math.min(y - 100, view.originY + view.contentHeight - view.height))
            wait(50)
        }
        // A card that just grew lays out on the next polish: scroll until the item is on screen.
        function reveal(item) {
            tryVerify(() => {
                scrollTo(item)
                const p = item.mapToItem(root, item.width / 2, item.height / 2)
                return p.y > 0 && p.y < root.height
            }, 3000, item.objectName + " scrolled into the window")
        }
        function tap(item) {
            tryVerify(() => item.visible && item.enabled, 3000, item.objectName + " visible and enabled")
            reveal(item)
            verify(item.width >= 44 && item.height >= 44, item.objectName + " is a touch target")
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
        // Looks the item up on every try: the outbox resets its model while a sync runs, which
        // replaces the delegates (a reference kept from before would read as undefined).
        function waitForText(parentItem, name, text) {
            tryVerify(() => {
                const item = findChild(parentItem, name)
                return item !== null && item.text === text
            }, 10000, name + " reads " + text)
        }
        function pageOn(stack, name) {
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === name && !stack.busy,
                      5000, "page " + name)
            return stack.currentItem
        }
        function showReview(pageName) {
            root.showExecutive = false
            while (reviewStack.depth > 1)
                reviewStack.pop(null, StackView.Immediate)
            const setup = pageOn(reviewStack, "reviewSetupPage")
            child(setup, "reviewSetupFlickable").contentY = 0
            if (pageName === "reviewRosterPage")
                tap(child(setup, "openDevicesButton"))
            else if (pageName === "reviewInboxPage")
                tap(child(setup, "openInboxButton"))
            const shown = pageOn(reviewStack, pageName)
            if (pageName === "reviewRosterPage") // the target's requests are read in the background
                tryCompare(shown.roster, "busy", false, 10000)
            return shown
        }

        function test_1_createCircleAndInvite() {
            const setup = pageOn(reviewStack, "reviewSetupPage")
            verify(!setup.circle.hasCircle)
            shoot("review-setup-new")
            verify(child(setup, "targetKind_default").checked)
            tap(child(setup, "createCircleButton"))
            tryVerify(() => setup.circle.hasCircle, 3000, setup.circle.errorString)
            verify(child(setup, "reviewFingerprintText").text.length > 20)
            verify(child(setup, "invitationText").text.startsWith("intheirshoes:invite?"))
            const file = child(setup, "invitationFileRowField")
            file.text = ReviewHooks.dataDir + "/invitation.txt"
            tap(child(setup, "saveInvitationButton"))
            compare(setup.circle.errorString, "")
            tryVerify(() => child(setup, "reviewSetupMessage").visible)
        }

        // The QR code as the page paints it: black on white with a quiet zone, whole-pixel modules.
        // Its pixels, grabbed from the window, are what the executive reads in test_2.
        function test_1b_invitationQrCode() {
            const setup = pageOn(reviewStack, "reviewSetupPage")
            const qr = child(setup, "invitationQr")
            scrollTo(qr)
            verify(qr.visible && qr.moduleCount >= 21, "QR code shown")
            compare(qr.text, setup.circle.invitationText)
            compare(qr.Accessible.name, "QR code of the invitation")
            compare(qr.width % (qr.moduleCount + 8), 0)
            verify(qr.width >= (qr.moduleCount + 8) * 2 && qr.width <= setup.width)
            // A screenshot of the whole phone screen, as the CCO would send it.
            const screen = grabImage(root)
            const origin = qr.mapToItem(root, 0, 0)
            const cell = qr.width / (qr.moduleCount + 8)
            compare(String(screen.pixel(origin.x + 1, origin.y + 1)), String(Qt.rgba(1, 1, 1, 1)))
            compare(String(screen.pixel(origin.x + 4 * cell + 1, origin.y + 4 * cell + 1)),
                    String(Qt.rgba(0, 0, 0, 1)))
            screen.save(ReviewHooks.dataDir + "/invitation-qr.png") // read back in test_2
            // Something without a code, for the error case.
            grabImage(child(setup, "reviewFingerprintText")).save(ReviewHooks.dataDir + "/no-qr.png")
        }

        function test_2_executiveJoins() {
            root.showExecutive = true
            const enroll = pageOn(executiveStack, "reviewEnrollPage")
            verify(!enroll.enrollment.enrolled)
            typeInto(child(enroll, "deviceLabelField"), "CFO phone")
            verify(child(enroll, "readInvitationImageButton").visible)
            // A picture without a QR code: a clear error, nothing filled in.
            verify(!enroll.readInvitationImage("file://" + ReviewHooks.dataDir + "/no-qr.png"))
            tryVerify(() => child(enroll, "enrollError").visible)
            verify(child(enroll, "enrollError").text.indexOf("No QR code found") >= 0)
            compare(child(enroll, "invitationTextField").text, "")
            // The QR code grabbed from the CCO's page fills the text as pasting it would.
            verify(enroll.readInvitationImage("file://" + ReviewHooks.dataDir + "/invitation-qr.png"),
                   enroll.enrollment.errorString)
            compare(child(enroll, "invitationTextField").text, reviewStack.get(0).circle.invitationText)
            verify(!child(enroll, "enrollError").visible)
            shootPhone("review-enroll-from-image")
            // The invitation file saved in test_1 stays the other way in.
            child(enroll, "invitationFileField").text = ReviewHooks.dataDir + "/invitation.txt"
            tap(child(enroll, "joinButton"))
            tryVerify(() => enroll.enrollment.enrolled, 3000, enroll.enrollment.errorString)
            tryVerify(() => enroll.enrollment.requestPublished, 10000, enroll.enrollment.errorString)
            compare(child(enroll, "enrollReviewFingerprint").text,
                    reviewStack.get(0).circle.reviewFingerprint)
        }

        // Before the CCO accepts the device: the Review section shows a badge, and a summary the
        // executive already sent waits in one line that leads to Devices, not as a rejection.
        function test_2b_summaryWaitsForTheDevice() {
            requestWatcher.refresh()
            tryCompare(requestWatcher, "pendingCount", 1, 10000)
            root.showExecutive = true
            const enroll = pageOn(executiveStack, "reviewEnrollPage")
            verify(ReviewHooks.queueSummary("walk-early", 10))
            tap(child(enroll, "syncNowButton"))
            waitForText(enroll, "outboxState_walk-early", "Synced")

            const inbox = showReview("reviewInboxPage")
            tap(child(inbox, "pullButton"))
            tryVerify(() => inbox.inbox.lastPull.unknownSigner === 1, 10000, "pull saw the early summary")
            compare(inbox.inbox.count, 0)
            compare(inbox.inbox.pullDetails.length, 0)
            compare(inbox.inbox.waitingForDevice, 1)
            const banner = child(inbox, "waitingBanner")
            verify(banner.visible)
            compare(banner.text, "1 summary waits for a device you haven't accepted yet. It arrives with the next pull once you accept it.")
            verify(child(inbox, "pullResult").text.indexOf("unknown signer") < 0)
            verify(child(inbox, "pullResult").text.indexOf("rejected") < 0)
            shootLooks("review-inbox-waiting", banner)
            tap(child(inbox, "openDevicesFromInbox"))
            pageOn(reviewStack, "reviewRosterPage")
        }

        function test_3_reviewAcceptsTheRequest() {
            const roster = showReview("reviewRosterPage")
            tryCompare(roster.roster, "pendingCount", 1)
            deviceId = roster.roster.data(roster.roster.index(0, 0), 257) // DeviceIdRole
            verify(deviceId.length > 0)
            tap(child(roster, "acceptButton_" + deviceId))
            tryCompare(roster.roster, "pendingCount", 0)
            compare(child(roster, "rosterStatus_" + deviceId).text, "Enrolled")
            tryCompare(requestWatcher, "pendingCount", 0, 10000)

            // The summary that waited arrives with the next pull.
            const inbox = showReview("reviewInboxPage")
            tap(child(inbox, "pullButton"))
            tryCompare(inbox.inbox, "count", 1, 10000)
            compare(inbox.inbox.lastPull.accepted, 1)
            compare(inbox.inbox.waitingForDevice, 0)
            verify(!child(inbox, "waitingBanner").visible)
        }

        // A request nobody vouches for: rejected after a confirmation, for good.
        function test_3b_reviewRejectsAStranger() {
            const setup = showReview("reviewSetupPage")
            verify(ReviewHooks.enrollStranger(setup.circle.invitationText, "Unknown tablet"))
            const roster = showReview("reviewRosterPage")
            tryCompare(roster.roster, "pendingCount", 1, 10000)
            requestWatcher.refresh()
            tryCompare(requestWatcher, "pendingCount", 1, 10000)
            let strangerId = ""
            for (let i = 0; i < roster.roster.count; ++i)
                if (roster.roster.data(roster.roster.index(i, 0), 260) === "pending") // StatusRole
                    strangerId = roster.roster.data(roster.roster.index(i, 0), 257)
            verify(strangerId.length > 0)
            shootLooks("review-roster-pending", child(roster, "rejectButton_" + strangerId))
            tap(child(roster, "rejectButton_" + strangerId))
            const dialog = child(roster, "reviewRejectDialog")
            tryVerify(() => dialog.opened)
            verify(dialog.contentItem.children.length > 0)
            tap(child(dialog.contentItem, "rejectCancelButton"))
            tryVerify(() => !dialog.visible)
            compare(roster.roster.pendingCount, 1)
            tap(child(roster, "rejectButton_" + strangerId))
            tryVerify(() => dialog.opened)
            shootPhone("review-reject-dialog")
            tap(child(dialog.contentItem, "rejectConfirmButton"))
            tryCompare(child(roster, "rosterStatus_" + strangerId), "text", "Rejected")
            compare(roster.roster.pendingCount, 0)
            tryCompare(requestWatcher, "pendingCount", 0, 10000)
            // Still rejected when the requests are read again from the target.
            roster.roster.reload()
            tryCompare(roster.roster, "busy", false, 10000)
            compare(roster.roster.pendingCount, 0)
            compare(child(roster, "rosterStatus_" + strangerId).text, "Rejected")
        }

        function test_4_summaryTravelsAndIsListed() {
            root.showExecutive = true
            const enroll = pageOn(executiveStack, "reviewEnrollPage")
            verify(ReviewHooks.queueSummaryWithPhoto("walk-one", 10, "Promo shelf left empty"))
            tap(child(enroll, "syncNowButton"))
            waitForText(enroll, "outboxState_walk-one", "Synced")

            const inbox = showReview("reviewInboxPage")
            compare(inbox.inbox.count, 1) // walk-early, from test_2b
            tap(child(inbox, "pullButton"))
            tryCompare(inbox.inbox, "count", 2)
            compare(inbox.inbox.lastPull.accepted, 1)
            const row = child(inbox, "inboxRow_walk-one")
            verify(row.Accessible.name.indexOf("CFO phone") >= 0)
            compare(child(inbox, "pooledNps").text, "100")
            // Newest first, and each row says what triage needs, in words.
            compare(inbox.inbox.data(inbox.inbox.index(0, 0), 257), "walk-one") // WalkIdRole
            verify(row.y < child(inbox, "inboxRow_walk-early").y)
            compare(child(inbox, "inboxTriage_walk-one").text, "Score 63/100 · 1 pain point · NPS 10, promoter")
            // One journey in the filter (all summaries are the same journey).
            compare(child(inbox, "journeyFilterBox").count, 2)
            tap(row)
            const detail = pageOn(reviewStack, "reviewSummaryPage")
            compare(child(detail, "detailRecommend").text, "10 · promoter")
            verify(child(detail, "painDepartment_billing").visible)
            checkSummaryInWords(detail)
            // The shared photo travelled sealed and shows from memory, full size on a tap.
            const photos = child(detail, "reviewPhotosCard")
            verify(photos.visible)
            const thumb = child(detail, "reviewPhoto0")
            tryCompare(thumb, "status", Image.Ready)
            compare(thumb.sourceSize.width, 320)
            compare(thumb.Accessible.name, "Promo shelf left empty")
            reveal(thumb)
            tap(thumb)
            const viewer = child(photos, "reviewPhotoViewer")
            tryVerify(() => viewer.opened)
            tryCompare(child(viewer.contentItem, "reviewPhotoFull"), "status", Image.Ready)
            compare(child(viewer.contentItem, "reviewPhotoFull").implicitWidth, 800)
            viewer.close()
            tryVerify(() => !viewer.visible)
        }

        // Every text on a page that is shown (recursively through layouts and flickables).
        function shownTexts(item, out) {
            if (!item || !item.visible)
                return out
            if (typeof item.text === "string" && item.text.length > 0)
                out.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                shownTexts(item.children[i], out)
            if (item.contentItem && item.contentItem !== item && item.contentItem.parent === item)
                shownTexts(item.contentItem, out)
            return out
        }
        // The summary speaks words, not ids, and shows what the executive shared.
        function checkSummaryInWords(detail) {
            compare(child(detail, "detailCsat").text, "2 of 5")
            compare(child(detail, "detailWouldStay").text, "No")
            compare(child(detail, "detailHandoffs").text, "1")
            compare(child(detail, "detailRepeats").text, "2")
            compare(child(detail, "detailMissed").text, "1")
            compare(child(detail, "detailPersona").text, "Walked as: new customer")
            verify(child(detail, "detailNotesCard").visible)
            compare(child(detail, "painDepartmentName_billing").text, "Billing")
            verify(child(detail, "memorableItem_0").text.indexOf("Empathy") >= 0)
            verify(child(detail, "memorableItem_0").text.indexOf("Contact centre") >= 0)
            compare(child(detail, "reviewContactScore_0").text.split(" · ").slice(0, 2).join(" · "),
                    "Score 63/100 · 2 must-bes failed")
            verify(child(detail, "emotionCurveCard").visible)
            const texts = shownTexts(detail, []).join("\n")
            for (const id of ["contact_centre", "human-reachable", "listens-fully", "a must-be failed"])
                verify(texts.indexOf(id) < 0, id + " is on screen:\n" + texts)
            for (const words of ["A person answered", "Listened to the whole story", "Contact centre",
                                 "Handed from Contact centre to Billing", "Had to repeat information 2 times",
                                 "Asked for my customer number twice", "Target missed"])
                verify(texts.indexOf(words) >= 0, words + " is not on screen:\n" + texts)
            // Counts take their language's plural form.
            AppController.settings.language = "it"
            tryVerify(() => child(detail, "reviewContactScore_0").text.indexOf("2 requisiti di base mancati") >= 0,
                      3000, child(detail, "reviewContactScore_0").text)
            compare(child(detail, "painDepartmentName_billing").text, "Fatturazione")
            AppController.settings.language = "en"
            tryVerify(() => child(detail, "reviewContactScore_0").text.indexOf("2 must-bes failed") >= 0)
        }

        // The company moves its share: the CCO changes the circle's address, the executive joins
        // again with the new invitation, and the summary already delivered to the old address
        // is sent to the new one, where the inbox knows it and does not take it twice.
        function test_4b_circleMovesToANewAddress() {
            const setup = showReview("reviewSetupPage")
            const oldInvitation = setup.circle.invitationText
            const newAddress = ReviewHooks.dataDir + "/moved-sync"
            tap(child(setup, "changeSyncAddressButton"))
            typeInto(child(setup, "newSyncAddressField"), newAddress)
            shootLooks("review-setup-move", child(setup, "confirmSyncAddressButton"))
            tap(child(setup, "confirmSyncAddressButton"))
            tryVerify(() => setup.circle.targetUrl === newAddress, 3000, setup.circle.errorString + " / " + setup.circle.targetUrl)
            compare(setup.circle.errorString, "")
            verify(child(setup, "syncAddressMoved").visible)
            verify(setup.circle.invitationText !== oldInvitation)
            verify(!child(setup, "newSyncAddressField").visible)
            shootLooks("review-setup-moved", child(setup, "syncAddressMoved"))

            root.showExecutive = true
            const enroll = pageOn(executiveStack, "reviewEnrollPage")
            verify(!child(enroll, "joinCard").visible)
            tap(child(enroll, "newInvitationButton"))
            verify(child(enroll, "joinCard").visible)
            compare(child(enroll, "deviceLabelField").text, "CFO phone")
            child(enroll, "invitationTextField").text = setup.circle.invitationText
            shootLooks("review-enroll-new-invitation", child(enroll, "joinButton"))
            tap(child(enroll, "joinButton"))
            tryVerify(() => !child(enroll, "joinCard").visible, 3000, enroll.enrollment.errorString)
            const banner = child(enroll, "joinMessageBanner")
            verify(banner.visible)
            verify(banner.text.indexOf("moved to " + newAddress) >= 0, banner.text)
            shootLooks("review-enroll-moved", banner)
            compare(enroll.enrollment.targetUrl, newAddress)
            waitForText(enroll, "outboxState_walk-one", "Queued")
            compare(enroll.outbox.lastResult.synced, undefined) // it spoke of the old address
            verify(!child(enroll, "outboxResult").visible)
            tap(child(enroll, "syncNowButton"))
            waitForText(enroll, "outboxState_walk-one", "Synced")

            const inbox = showReview("reviewInboxPage")
            tap(child(inbox, "pullButton"))
            tryVerify(() => inbox.inbox.lastPull.alreadySeen === 2, 10000, "the resent envelopes are known")
            compare(inbox.inbox.lastPull.accepted, 0)
            compare(inbox.inbox.count, 2)
        }

        function test_5_revokedDeviceIsRejected() {
            const roster = showReview("reviewRosterPage")
            tap(child(roster, "revokeButton_" + deviceId))
            const dialog = child(roster, "reviewRevokeDialog")
            tryVerify(() => dialog.opened)
            tap(child(dialog.contentItem, "revokeConfirmButton"))
            tryCompare(child(roster, "rosterStatus_" + deviceId), "text", "Revoked")

            root.showExecutive = true
            const enroll = pageOn(executiveStack, "reviewEnrollPage")
            verify(ReviewHooks.queueSummary("walk-two", 3))
            tap(child(enroll, "syncNowButton"))
            waitForText(enroll, "outboxState_walk-two", "Synced")

            const inbox = showReview("reviewInboxPage")
            tap(child(inbox, "pullButton"))
            // lastPull is a map copied on every read: ask again until the background pull ends.
            tryVerify(() => inbox.inbox.lastPull.revoked === 1, 10000, "pull reports the revoked device")
            compare(inbox.inbox.lastPull.accepted, 0)
            compare(inbox.inbox.count, 2)
            verify(child(inbox, "pullResult").text.indexOf("revoked device") >= 0)
        }

        function shoot(name) {
            for (const size of [[390, 844, "phone"], [1440, 900, "desktop"]]) {
                root.width = size[0]
                root.height = size[1]
                wait(200)
                const image = grabImage(root)
                image.save(ReviewHooks.screenshotDir + "/" + name + "-" + size[2] + ".png")
            }
            root.width = 390
            root.height = 844
        }

        // At phone size only, keeping the current scroll position.
        function shootPhone(name) {
            wait(200)
            grabImage(root).save(ReviewHooks.screenshotDir + "/" + name + "-phone.png")
        }

        // Both languages and themes at both sizes, with `item` scrolled into view each time.
        function shootLooks(name, item) {
            for (const look of [["en", "light"], ["it", "dark"]]) {
                AppController.settings.language = look[0]
                AppController.settings.themeMode = look[1]
                for (const size of [[390, 844, "phone"], [1440, 900, "desktop"]]) {
                    root.width = size[0]
                    root.height = size[1]
                    wait(200)
                    reveal(item)
                    grabImage(root).save(ReviewHooks.screenshotDir + "/" + name + "-"
                                         + look.join("-") + "-" + size[2] + ".png")
                }
            }
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
            root.width = 390
            root.height = 844
            wait(200)
        }

        // Summary, inbox (with the journey filter open) and devices in both looks and sizes.
        function test_6a_reviewScreensInBothLooks() {
            const roster = showReview("reviewRosterPage")
            shootLooks("review-devices", child(roster, "rosterList"))
            const inbox = showReview("reviewInboxPage")
            // The list, not a row: a change of language reloads the rows (names in that language).
            shootLooks("review-inbox", child(inbox, "inboxList"))
            const box = child(inbox, "journeyFilterBox")
            inbox.inbox.journeyId = "switch"
            tryCompare(box, "currentIndex", 1)
            box.popup.open()
            tryVerify(() => box.popup.opened)
            shootLooks("review-inbox-filter", box)
            box.popup.close()
            inbox.inbox.journeyId = ""
            tap(child(inbox, "inboxRow_walk-one"))
            const detail = pageOn(reviewStack, "reviewSummaryPage")
            shootLooks("review-summary-top", child(detail, "detailAnswersCard"))
            shootLooks("review-summary-touchpoints", child(detail, "reviewContact_0"))
            shootLooks("review-summary-pain", child(detail, "memorableItem_0"))
            shootLooks("review-summary-photos", child(detail, "reviewPhotosCard"))
        }

        function test_6_screenshots() {
            const setup = showReview("reviewSetupPage")
            shoot("review-setup")
            scrollTo(child(setup, "invitationQr"))
            shootPhone("review-setup-qr")
            showReview("reviewRosterPage")
            shoot("review-roster")
            const inbox = showReview("reviewInboxPage")
            shoot("review-inbox")
            tap(child(inbox, "inboxRow_walk-one"))
            pageOn(reviewStack, "reviewSummaryPage")
            shoot("review-summary")
            root.showExecutive = true
            shoot("review-enroll")
            AppController.settings.themeMode = "dark"
            shoot("review-enroll-dark")
            showReview("reviewInboxPage")
            shoot("review-inbox-dark")
            const darkSetup = showReview("reviewSetupPage")
            scrollTo(child(darkSetup, "invitationQr"))
            shootPhone("review-setup-qr-dark")
            AppController.settings.themeMode = "light"
        }
    }
}
