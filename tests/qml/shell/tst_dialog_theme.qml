import QtQuick
import QtQuick.Controls.Basic
import QtTest
import InTheirShoes

// Dialogs and drop-downs follow the Theme and the language (issue: in dark Italian the outcome
// dialog had a white header and footer and an English "Cancel", the sector drop-down stayed
// light, and "N/A" was left in English). The app's own dialogs, in the design system's colours.
Item {
    id: root
    width: 390
    height: 844

    OutcomeDialog {
        id: outcome
    }
    HandoffDialog {
        id: handoff
        departments: ["sales"]
    }
    ReviewRevokeDialog {
        id: revoke
        deviceLabel: "CFO laptop"
    }
    ItsComboBox {
        id: combo
        y: 40
        width: 300
        model: ["", "telco"]
        words: "sector"
        emptyLabel: "—"
    }

    TestCase {
        name: "DialogTheme"
        when: windowShown

        function initTestCase() {
            AppController.settings.language = "it"
            AppController.settings.themeMode = "dark"
            verify(Theme.dark)
        }
        function cleanupTestCase() {
            AppController.settings.language = "en"
            AppController.settings.themeMode = "light"
        }
        function sameColor(actual, expected, what) {
            verify(Qt.colorEqual(actual, expected), what + ": " + actual + ", expected " + expected)
        }
        // Every part of a dialog that paints: the frame, the header and the footer.
        function checkDialog(dialog, name) {
            dialog.open()
            tryVerify(() => dialog.opened, 3000, name + " opens")
            sameColor(dialog.background.color, Theme.surface, name + " background")
            verify(dialog.header.visible, name + " has a title")
            sameColor(dialog.header.color, Theme.text, name + " title ink")
            if (dialog.header.background && dialog.header.background.color !== undefined)
                sameColor(dialog.header.background.color, Theme.surface, name + " header")
            const footer = dialog.footer
            if (footer && footer.visible && footer.background && footer.background.color !== undefined)
                sameColor(footer.background.color, Theme.surface, name + " footer")
            dialog.close()
            tryVerify(() => !dialog.visible, 3000, name + " closes")
        }

        function test_dialogsAreDark() {
            checkDialog(outcome, "outcome")
            checkDialog(handoff, "handoff")
            checkDialog(revoke, "revoke")
        }

        function test_standardButtonsSpeakItalianAndFollowTheTheme() {
            outcome.open()
            tryVerify(() => outcome.opened)
            const cancel = (outcome.footer as DialogButtonBox).standardButton(Dialog.Cancel)
            verify(cancel !== null, "the outcome dialog has a Cancel button")
            compare(cancel.text, "Annulla")
            sameColor(cancel.background.color, Theme.surfaceAlt, "Cancel button")
            sameColor(cancel.contentItem.color, Theme.text, "Cancel ink")
            // A change of language renames the buttons of a dialog already made.
            AppController.settings.language = "en"
            compare(cancel.text, "Cancel")
            AppController.settings.language = "it"
            compare(cancel.text, "Annulla")
            outcome.close()
            tryVerify(() => !outcome.visible)
        }

        function test_dropDownIsDark() {
            sameColor((combo.background as Rectangle).color, Theme.surfaceAlt, "drop-down field")
            sameColor((combo.contentItem as Text).color, Theme.text, "drop-down text")
            compare(combo.displayText, "—")
            combo.popup.open()
            tryVerify(() => combo.popup.opened)
            sameColor((combo.popup.background as Rectangle).color, Theme.surface, "drop-down list")
            const list = combo.popup.contentItem
            tryVerify(() => list.count === 2)
            tryVerify(() => list.itemAtIndex(1) !== null, 5000, "the list made its rows (at its next polish)")
            const second = list.itemAtIndex(1)
            compare(second.text, Vocabulary.sectorLabel("telco"), "entries show words, not ids")
            sameColor(second.contentItem.color, Theme.text, "entry ink")
            const selected = list.itemAtIndex(0)
            sameColor(selected.background.color, Theme.primarySoft, "the selected entry stands out")
            combo.popup.close()
            tryVerify(() => !combo.popup.visible)
        }

        function test_notApplicableIsItalian() {
            verify(qsTranslate("CriterionScoreDelegate", "N/A") !== "N/A", "criterion N/A")
            verify(qsTranslate("QuestionsCard", "N/A") !== "N/A", "question N/A")
        }
    }
}
