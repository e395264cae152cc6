import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The big stopwatch: time in the current phase, the phase, the contact's total, and the SLA
// state of the phase (ok, amber at 75% of the target, red past it) in words and colour.
ItsCard {
    id: card

    required property ContactController contact
    readonly property string sla: contact.phaseSla !== "none" ? contact.phaseSla : contact.totalSla
    readonly property double target: contact.phaseSla !== "none" ? contact.phaseSlaTargetMs : contact.totalSlaTargetMs

    objectName: "stopwatchCard"
    fillColor: sla === "red" ? Theme.dangerSoft : sla === "amber" ? Theme.warningSoft : Theme.surface
    Accessible.role: Accessible.Clock
    Accessible.name: qsTr("%1 for %2, %3").arg(Vocabulary.phaseLabel(contact.currentPhase))
                         .arg(Vocabulary.duration(contact.currentLapMs)).arg(slaText.text)

    readonly property color ink: sla === "red" ? Theme.inkOnDangerSoft : sla === "amber" ? Theme.inkOnWarningSoft : Theme.text

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs

        ItsLabel {
            objectName: "currentPhaseLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            role: "title"
            color: card.ink
            text: card.contact.closed ? Vocabulary.outcomeLabel(card.contact.outcome)
                : card.contact.started ? Vocabulary.phaseLabel(card.contact.currentPhase)
                                       : qsTr("Not started")
        }
        ItsLabel {
            objectName: "lapTime"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            role: "display"
            font.family: "monospace"
            font.pixelSize: Theme.fontDisplay * 1.3
            font.weight: Font.DemiBold
            color: card.ink
            text: Vocabulary.duration(card.contact.closed ? card.contact.totalMs : card.contact.currentLapMs)
        }
        ItsLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: card.ink
            text: qsTr("Total %1").arg(Vocabulary.duration(card.contact.totalMs))
        }
        ItsLabel {
            id: slaText
            objectName: "slaIndicator"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            role: "caption"
            font.weight: Font.DemiBold
            color: card.ink
            text: card.sla === "red" ? qsTr("Target %1 missed").arg(Vocabulary.target(card.target))
                : card.sla === "amber" ? qsTr("Close to the %1 target").arg(Vocabulary.target(card.target))
                : card.sla === "ok" ? qsTr("Within the %1 target").arg(Vocabulary.target(card.target))
                                    : qsTr("No target time for this phase")
        }
    }
}
