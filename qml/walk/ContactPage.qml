import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import InTheirShoes

// One contact at the walk's current touchpoint: the stopwatch and its one-thumb controls, and
// the scoring. Phone: "Time" and "Score" tabs, controls in the bottom half, no single-key
// shortcuts. Desktop: side by side, with shortcuts Space = next phase, R = repeated myself,
// H = handed over, Enter = end (asks for the outcome).
ItsPage {
    id: page

    objectName: "contactPage"
    title: contact.touchpointName

    required property WalkController walk
    readonly property bool wide: width >= Theme.splitBreakpoint - Theme.navRailWidth
    property alias contact: contact
    property alias editor: editor
    property int tab: 0 // phone: 0 time, 1 score
    property alias evidenceSheet: evidenceSheet
    property alias cameraDialog: cameraDialog
    property alias evidence: evidenceItems
    property alias capture: capture
    property alias recorder: recorder
    property alias consentDialog: consentDialog
    property alias shareEvidenceDialog: shareEvidenceDialog
    // False (tests): no camera is opened; the test feeds the picture (see CameraCaptureDialog).
    property bool cameraEnabled: true

    ContactController {
        id: contact
        objectName: "contactController"
        walk: page.walk
        touchpointId: page.walk.currentTouchpointId
    }
    ObservationEditor {
        id: editor
        objectName: "observationEditor"
        contact: contact
    }

    // Photos and voice memos of this contact (EvidenceSheet).
    EvidenceCapture {
        id: capture
        objectName: "evidenceCapture"
        contact: contact
        onSaved: evidenceItems.reload()
    }
    MemoRecorder {
        id: recorder
        objectName: "memoRecorder"
        app: AppController
        capture: capture
        onSaved: evidenceItems.reload()
    }
    EvidenceListModel {
        id: evidenceItems
        objectName: "contactEvidence"
        walk: page.walk
        // No contact yet: nothing to list (not the whole walk's items).
        contactId: contact.contactId.length > 0 ? contact.contactId : "-"
    }
    EvidencePlayer {
        id: player
        walk: page.walk
    }
    CallAudioPolicy {
        id: callAudioPolicy
        objectName: "callAudioPolicy"
        session: AppController.session
    }

    actions: [
        ItsButton {
            objectName: "evidenceButton"
            kind: "flat"
            text: evidenceItems.count > 0 ? qsTr("Evidence (%1)").arg(evidenceItems.count) : qsTr("Evidence")
            Accessible.name: qsTr("Photos and voice memos of this contact")
            onClicked: evidenceSheet.open()
        }
    ]

    EvidenceSheet {
        id: evidenceSheet
        contact: contact
        capture: capture
        recorder: recorder
        items: evidenceItems
        player: player
        cameraEnabled: page.cameraEnabled
        onCameraRequested: cameraDialog.open()
        onChooseImageRequested: imageDialog.open()
        onShareRequested: (evidenceId, caption) => shareEvidenceDialog.ask(evidenceId, caption)
        policy: callAudioPolicy
        onConsentRequested: {
            // No microphone: say so now, before anyone is asked to say the sentence.
            if (!recorder.microphoneAvailable) {
                recorder.start()
                return
            }
            consentDialog.sentence = capture.consentSentence()
            consentDialog.open()
        }
    }
    EvidenceShareDialog {
        id: shareEvidenceDialog
        items: evidenceItems
    }
    ConsentDialog {
        id: consentDialog
        onSaid: {
            if (!capture.recordConsentSaid())
                return
            if (capture.caption.trim().length === 0)
                capture.caption = qsTr("Call audio on speaker")
            recorder.start()
        }
    }
    CameraCaptureDialog {
        id: cameraDialog
        capture: capture
        cameraEnabled: page.cameraEnabled
    }
    FileDialog {
        id: imageDialog
        objectName: "chooseImageDialog"
        title: qsTr("Choose an image")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif)"), qsTr("All files (*)")]
        onAccepted: capture.addImageFile(selectedFile)
    }

    // Single-key shortcuts belong to a desktop with a hardware keyboard: the wide layout on a
    // desktop OS, never a phone. They stay quiet while a text field has the focus, while the
    // focus is anywhere on the scoring side (the note, a chip beside it), or while an on-screen
    // keyboard is up. Enter asks for the outcome like the button does: it never ends alone.
    readonly property bool keyboardDesk: page.wide && Qt.platform.os !== "android" && Qt.platform.os !== "ios"
    readonly property bool typing: {
        const item = Window.activeFocusItem
        if (Qt.inputMethod.visible)
            return true
        if (item === null)
            return false
        if (item.hasOwnProperty("cursorPosition"))
            return true
        for (let p = item; p; p = p.parent) {
            if (p === scoringFlick)
                return true
        }
        return false
    }
    readonly property bool shortcutsOn: page.keyboardDesk && page.visible && !page.typing
                                        && !handoffDialog.visible && !outcomeDialog.visible
                                        && !evidenceSheet.visible && !cameraDialog.visible
    Shortcut { sequence: "Space"; enabled: page.shortcutsOn; onActivated: contact.nextPhase() }
    Shortcut { sequence: "R"; enabled: page.shortcutsOn; onActivated: contact.markRepeat() }
    Shortcut { sequence: "H"; enabled: page.shortcutsOn && contact.started && !contact.closed; onActivated: handoffDialog.open() }
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: page.shortcutsOn && contact.started && !contact.closed
        onActivated: outcomeDialog.open()
    }

    HandoffDialog {
        id: handoffDialog
        departments: page.walk.departments
        onPicked: department => contact.handOff(department)
    }
    OutcomeDialog {
        id: outcomeDialog
        onPicked: outcome => contact.close(outcome)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ItsBanner {
            objectName: "contactError"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            visible: page.walk.errorString.length > 0
            tone: "danger"
            text: page.walk.errorString
        }
        RowLayout {
            visible: !page.wide
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            spacing: Theme.spacingXs
            ItsChip {
                objectName: "timeTab"
                Layout.fillWidth: true
                text: qsTr("Time")
                checked: page.tab === 0
                onClicked: page.tab = 0
            }
            ItsChip {
                objectName: "scoreTab"
                Layout.fillWidth: true
                text: editor.mustBeFailed ? qsTr("Score \u26a0") : qsTr("Score")
                Accessible.name: qsTr("Score")
                checked: page.tab === 1
                onClicked: page.tab = 1
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacingL

            TimingPanel {
                objectName: "timingPanel"
                visible: page.wide || page.tab === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Side by side: half each, whatever the content's own width wishes.
                Layout.preferredWidth: page.wide ? (page.width - 3 * Theme.spacingM) / 2 : -1
                Layout.maximumWidth: page.wide ? (page.width - 3 * Theme.spacingM) / 2 : Infinity
                Layout.margins: Theme.spacingM
                enabled: !page.walk.finished
                contact: contact
                walk: page.walk
                onHandoffRequested: handoffDialog.open()
                onCloseRequested: outcomeDialog.open()
            }
            Flickable {
                id: scoringFlick
                objectName: "scoringFlick"
                visible: page.wide || page.tab === 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: page.wide ? (page.width - 3 * Theme.spacingM) / 2 : -1
                contentHeight: scoring.implicitHeight + 2 * Theme.spacingM
                clip: true
                ScoringCard {
                    id: scoring
                    x: Theme.spacingM
                    y: Theme.spacingM
                    width: parent.width - 2 * Theme.spacingM
                    editor: editor
                }
            }
        }
    }
}
