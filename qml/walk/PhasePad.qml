pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The one-thumb controls of a contact, meant for the bottom half of a phone: the likely next
// phase as the biggest button, every phase in a fixed place, the repeat and handoff counters,
// and the end (which always asks for the outcome).
ColumnLayout {
    id: pad

    required property ContactController contact
    signal handoffRequested()
    signal closeRequested()

    spacing: Theme.spacingS

    ItsButton {
        objectName: "nextPhaseButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.largeTouchTarget
        // Once the contact ended, "Next touchpoint" is the primary action, not a new attempt.
        kind: pad.contact.closed ? "secondary" : "primary"
        font.pixelSize: Theme.fontTitle
        enabled: pad.contact.suggestedPhases.length > 0
        text: pad.contact.started && !pad.contact.closed
              ? qsTr("Next: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
              : pad.contact.closed ? qsTr("New attempt: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
                                   : qsTr("Start: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
        Accessible.name: text
        onClicked: pad.contact.nextPhase()
    }

    // Every phase of the channel in its fixed order, so no button changes place after a phase;
    // the current one is marked and disabled. A positioner, not a GridLayout, around this
    // Repeater: a Qt 6.4 Layout keeps a stale pointer to deleted delegates and crashes on the
    // next resize (seen in the screenshot tour: phone -> desktop with the contact page open).
    Grid {
        id: otherPhases
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.spacingS // clear of the counters below: no shared edge
        columns: 2
        spacing: Theme.spacingS
        Repeater {
            model: pad.contact.phases
            delegate: ItsButton {
                required property string modelData
                readonly property bool current: pad.contact.started && !pad.contact.closed
                                                && pad.contact.currentPhase === modelData
                objectName: "phaseButton_" + modelData
                width: (otherPhases.width - otherPhases.spacing) / 2
                kind: current ? "primary" : "secondary"
                enabled: !current
                text: Vocabulary.phaseLabel(modelData)
                Accessible.name: current ? qsTr("%1 (now)").arg(text) : text
                onClicked: pad.contact.enterPhase(modelData)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        enabled: pad.contact.started && !pad.contact.closed
        ItsButton {
            objectName: "repeatButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Theme.largeTouchTarget
            text: qsTr("Repeated myself (%1)").arg(pad.contact.repeatCount)
            Accessible.name: qsTr("I had to repeat myself. Count: %1").arg(pad.contact.repeatCount)
            onClicked: pad.contact.markRepeat()
        }
        ItsButton {
            objectName: "handoffButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Theme.largeTouchTarget
            text: qsTr("Handed over (%1)").arg(pad.contact.handoffs.length)
            Accessible.name: qsTr("I was handed to another department. Count: %1").arg(pad.contact.handoffs.length)
            onClicked: pad.handoffRequested()
        }
    }

    ItsButton {
        objectName: "resolveButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.largeTouchTarget
        kind: "secondary"
        enabled: pad.contact.started && !pad.contact.closed
        text: qsTr("End contact\u2026")
        Accessible.name: qsTr("End the contact and record the outcome")
        onClicked: pad.closeRequested()
    }
}
