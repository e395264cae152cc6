import QtQuick
import QtQuick.Layouts
import InTheirShoes

// "Undo" for a few seconds after a phase change or an end. A toast: it floats (it is in no
// layout, so it moves nothing), and its one button takes back the step through the vault,
// which logs the undo as an event of its own.
Rectangle {
    id: bar

    required property ContactController contact
    property string phase
    property string offeredContactId
    property bool shown: false

    objectName: "undoBar"
    visible: shown && contact.contactId === offeredContactId
    implicitHeight: Theme.largeTouchTarget
    radius: Theme.radiusM
    color: Theme.text // inverse of the page, so it reads as a passing message
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    function offer(phase: string) {
        bar.phase = phase
        bar.offeredContactId = bar.contact.contactId
        bar.shown = true
        hideTimer.restart()
    }

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: bar.shown = false
    }
    Connections {
        target: bar.contact
        function onUndoOffered(phase: string) { bar.offer(phase) }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS
        ItsLabel {
            id: message
            objectName: "undoMessage"
            Layout.fillWidth: true
            color: Theme.background
            elide: Text.ElideRight
            maximumLineCount: 2
            text: bar.phase === "end" ? qsTr("Contact ended: %1").arg(Vocabulary.outcomeLabel(bar.contact.outcome))
                                      : qsTr("Now: %1").arg(Vocabulary.phaseLabel(bar.phase))
        }
        ItsButton {
            objectName: "undoButton"
            kind: "primary"
            text: qsTr("Undo")
            Accessible.name: bar.phase === "end" ? qsTr("Undo the end of the contact")
                                                 : qsTr("Undo the change to %1").arg(Vocabulary.phaseLabel(bar.phase))
            onClicked: {
                bar.shown = false
                bar.contact.undoLast()
            }
        }
    }
}
