import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The big stopwatch: time in the current phase, the phase, the contact's total, and the SLA
// state of the phase (ok, amber at 75% of the target, red past it) in words and colour.
ItsCard {
    id: card

    required property ContactController contact
    readonly property string sla: contact.sla
    readonly property double target: contact.slaTargetMs
    // The phase target is judged on all of the phase's laps: say so when that is not the clock.
    readonly property bool judgedElsewhere: contact.slaScope === "phase"
                                            && Math.floor(contact.slaActualMs / 1000) !== Math.floor(contact.currentLapMs / 1000)
    readonly property string judged: Vocabulary.duration(contact.slaActualMs)

    objectName: "stopwatchCard"
    fillColor: sla === "red" ? Theme.dangerSoft : sla === "amber" ? Theme.warningSoft : Theme.surface
    Accessible.role: Accessible.Clock
    Accessible.name: qsTr("%1 for %2, %3").arg(Vocabulary.phaseLabel(contact.currentPhase))
                         .arg(Vocabulary.duration(contact.currentLapMs)).arg(slaText.text)

    readonly property color ink: sla === "red" ? Theme.inkOnDangerSoft : sla === "amber" ? Theme.inkOnWarningSoft : Theme.text

    function slaWords(): string {
        const target = Vocabulary.target(card.target)
        if (!card.contact.started)
            return qsTr("The clock starts with the first phase")
        if (card.contact.slaScope === "total")
            return card.sla === "red" ? qsTr("Contact target %1 missed").arg(target)
                 : card.sla === "amber" ? qsTr("Close to the contact's %1 target").arg(target)
                                        : qsTr("Within the contact's %1 target").arg(target)
        if (card.contact.slaScope !== "phase")
            return qsTr("No target time for this phase")
        if (card.judgedElsewhere)
            return card.sla === "red" ? qsTr("Target %1 missed: %2 in this phase in all").arg(target).arg(card.judged)
                 : card.sla === "amber" ? qsTr("Close to the %1 target: %2 in this phase in all").arg(target).arg(card.judged)
                                        : qsTr("Within the %1 target: %2 in this phase in all").arg(target).arg(card.judged)
        return card.sla === "red" ? qsTr("Target %1 missed").arg(target)
             : card.sla === "amber" ? qsTr("Close to the %1 target").arg(target)
                                    : qsTr("Within the %1 target").arg(target)
    }

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
            text: card.slaWords()
        }
    }
}
