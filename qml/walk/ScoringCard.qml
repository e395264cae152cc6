pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Scoring one contact: rubric chips, the note (private unless shared), staff names that never
// leave the device, and a pain point or memorable moment with theme and severity.
ColumnLayout {
    id: card

    required property ObservationEditor editor

    objectName: "scoringCard"
    spacing: Theme.spacingM

    ItsBanner {
        Layout.fillWidth: true
        visible: !card.editor.available
        text: qsTr("Start the contact to score it.")
    }
    // A reserved line above the criteria: the verdict changes its words, never the layout, so a
    // failed must-be moves no criterion from under the thumb.
    Rectangle {
        objectName: "mustBeFailedBanner"
        readonly property bool shown: card.editor.mustBeFailed
        Layout.fillWidth: true
        // Two lines reserved whatever the words, so a longer translation moves nothing either.
        implicitHeight: 2 * fontMetrics.height + 2 * Theme.spacingS
        radius: Theme.radiusM
        color: shown ? Theme.dangerSoft : "transparent"
        border.width: 1
        border.color: shown ? Theme.danger : Theme.border
        Accessible.role: Accessible.StaticText
        Accessible.name: verdict.text
        ItsLabel {
            id: verdict
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            verticalAlignment: Text.AlignVCenter
            maximumLineCount: 2
            elide: Text.ElideRight
            role: "caption"
            font.weight: parent.shown ? Font.DemiBold : Font.Normal
            color: parent.shown ? Theme.inkOnDangerSoft : Theme.textMuted
            text: parent.shown ? qsTr("A must-be criterion failed: this touchpoint fails.")
                               : qsTr("A must-be scored 1 or 2 fails the touchpoint.")
        }
        FontMetrics { id: fontMetrics; font: verdict.font }
    }
    Repeater {
        model: card.editor.criteria
        delegate: CriterionScoreDelegate {
            Layout.fillWidth: true
            editor: card.editor
            enabled: card.editor.available
        }
    }

    MomentCard {
        Layout.fillWidth: true
        editor: card.editor
        enabled: card.editor.available
    }

    ItsCard {
        Layout.fillWidth: true
        enabled: card.editor.available
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            ItsLabel { text: qsTr("Note"); role: "title" }
            TextArea {
                id: noteArea
                objectName: "noteField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                wrapMode: TextEdit.Wrap
                text: card.editor.note
                color: Theme.text
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("What happened, in your words")
                placeholderTextColor: Theme.textMuted
                Accessible.name: qsTr("Note")
                background: Rectangle { radius: Theme.radiusM; color: Theme.surface; border.color: noteArea.activeFocus ? Theme.primary : Theme.border }
                onActiveFocusChanged: if (!activeFocus) card.editor.setNote(text)
            }
            ItsSwitch {
                objectName: "shareNoteSwitch"
                Layout.fillWidth: true
                text: qsTr("Share this note with the review")
                checked: card.editor.noteShareable
                onToggled: {
                    card.editor.setNote(noteArea.text)
                    card.editor.setNoteShareable(checked)
                }
            }
            ItsLabel {
                Layout.fillWidth: true
                role: "caption"
                muted: true
                text: card.editor.noteShareable ? qsTr("This note will be part of the shared summary.")
                                                : qsTr("Private: this note stays on this device.")
            }
            ItsTextField {
                objectName: "staffNoteField"
                Layout.fillWidth: true
                label: qsTr("Staff names (private)")
                helperText: qsTr("Never leaves this device. Findings point at processes, not people.")
                text: card.editor.staffNote
                field.onEditingFinished: card.editor.setStaffNote(text)
            }
        }
    }
}
