pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The one-thumb controls of a contact, meant for the bottom half of a phone: the likely next
// phase as the biggest button, the other phases, the repeat and handoff counters, and resolve.
ColumnLayout {
    id: pad

    required property ContactController contact
    // The suggested phases as a plain JS array: Qt 6.4's qmllint knows no array methods
    // (slice, concat, ...) on a QStringList property.
    readonly property var suggested: contact.suggestedPhases
    signal handoffRequested()
    signal closeRequested()

    spacing: Theme.spacingS

    ItsButton {
        objectName: "nextPhaseButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.largeTouchTarget
        kind: "primary"
        font.pixelSize: Theme.fontTitle
        enabled: pad.contact.suggestedPhases.length > 0
        text: pad.contact.started && !pad.contact.closed
              ? qsTr("Next: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
              : pad.contact.closed ? qsTr("New attempt: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
                                   : qsTr("Start: %1").arg(Vocabulary.phaseLabel(pad.contact.suggestedPhases[0] ?? ""))
        Accessible.name: text
        onClicked: pad.contact.nextPhase()
    }

    // A positioner, not a GridLayout, around this Repeater: its model changes with every phase,
    // and a Qt 6.4 Layout keeps a stale pointer to the deleted delegates and crashes on the next
    // resize (seen in the screenshot tour: phone -> desktop with the contact page open).
    Grid {
        id: otherPhases
        Layout.fillWidth: true
        columns: 2
        spacing: Theme.spacingS
        Repeater {
            model: pad.suggested.slice(1)
            delegate: ItsButton {
                required property string modelData
                objectName: "phaseButton_" + modelData
                width: (otherPhases.width - otherPhases.spacing) / 2
                text: Vocabulary.phaseLabel(modelData)
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
