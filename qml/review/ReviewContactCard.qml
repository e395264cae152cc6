pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// One contact of a received summary, in words: channel, department and outcome, the score with
// how many must-bes failed, the criteria failed and delighters met (the template's texts), each
// handoff from one department to the next, repeats, missed targets and the shareable note.
// `contact` is one entry of ReviewInboxModel.detail(walkId).contacts.
ItsCard {
    id: card

    required property var contact
    required property int index

    objectName: "reviewContact_" + index

    function handoffText(handoff: var): string {
        return handoff.from.length > 0
                ? qsTr("Handed from %1 to %2").arg(Vocabulary.departmentLabel(handoff.from))
                      .arg(Vocabulary.departmentLabel(handoff.to))
                : qsTr("Handed to %1").arg(Vocabulary.departmentLabel(handoff.to))
    }
    // Vocabulary's words come from C++ tr(), which a binding does not watch: reading the
    // language here makes a binding that shows one follow a change of language.
    function word(text: string): string {
        return AppController.effectiveLanguage.length > 0 ? text : text
    }
    function missedText(missed: var): string {
        return qsTr("%1: %2, target %3").arg(Vocabulary.phaseLabel(missed.phase))
                .arg(Vocabulary.duration(missed.actualMs)).arg(Vocabulary.target(missed.targetMs))
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        ItsLabel { Layout.fillWidth: true; text: card.contact.name; font.weight: Font.DemiBold }
        ItsLabel {
            objectName: "reviewContactCaption_" + card.index
            Layout.fillWidth: true
            role: "caption"
            muted: true
            // Summaries come from finished walks: a contact without an end was never ended.
            text: card.word([Vocabulary.channelLabel(card.contact.channel),
                   Vocabulary.departmentLabel(card.contact.department),
                   card.contact.outcome === "open" ? qsTr("Not ended")
                                                   : Vocabulary.outcomeLabel(card.contact.outcome)]
                  .concat(card.contact.attempt > 1 ? [qsTr("attempt %1").arg(card.contact.attempt)] : [])
                  .join(" · "))
        }
        ItsLabel {
            objectName: "reviewContactScore_" + card.index
            Layout.fillWidth: true
            color: card.contact.passed ? Theme.text : Theme.danger
            text: [card.contact.score === null ? qsTr("Not scored") : qsTr("Score %1/100").arg(Math.round(card.contact.score))]
                  .concat(card.contact.failedMustBe.length > 0 ? [qsTr("%n must-be(s) failed", "", card.contact.failedMustBe.length)] : [])
                  .concat([Vocabulary.duration(card.contact.totalMs)]).join(" · ")
        }
        Repeater {
            model: card.contact.failedMustBe
            delegate: ItsLabel {
                required property string modelData
                Layout.fillWidth: true
                color: Theme.danger
                text: "✗ " + modelData
                Accessible.name: qsTr("Must-be failed: %1").arg(modelData)
            }
        }
        Repeater {
            model: card.contact.metDelighters
            delegate: ItsLabel {
                required property string modelData
                Layout.fillWidth: true
                text: "★ " + modelData
                Accessible.name: qsTr("Delighter met: %1").arg(modelData)
            }
        }
        Repeater {
            model: card.contact.handoffs
            delegate: ItsLabel {
                required property var modelData
                Layout.fillWidth: true
                text: "⇄ " + card.handoffText(modelData)
            }
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: card.contact.repeatCount > 0
            text: "↻ " + qsTr("Had to repeat information %n time(s)", "", card.contact.repeatCount)
        }
        Repeater {
            model: card.contact.missedTargets
            delegate: ItsLabel {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("Target missed") + " — " + card.missedText(modelData)
            }
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: card.contact.shareableNote.length > 0
            font.italic: true
            text: "“" + card.contact.shareableNote + "”"
            Accessible.name: qsTr("Shared note: %1").arg(card.contact.shareableNote)
        }
    }
}
