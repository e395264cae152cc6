import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// What leaves the device and what never does, side by side. The shared part is the exact
// summary document (summaryToJson) that sync would send.
ItsCard {
    id: card

    required property WalkSummaryView summary
    property bool showJson: false

    objectName: "sharingCard"

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingS
        // Titles fill the width so a long Italian title wraps instead of widening the card.
        ItsLabel { Layout.fillWidth: true; text: qsTr("What will be shared"); role: "title" }
        ItsLabel {
            Layout.fillWidth: true
            text: qsTr("Scores, timings, pain points, themes and departments of this walk, your journey answers, and the photos you choose to share.")
        }
        Repeater {
            model: card.summary.sharedNotes
            delegate: ItsLabel {
                required property string modelData
                Layout.fillWidth: true
                text: "\u2022 " + qsTr("Shared note \u2014 %1").arg(modelData)
            }
        }
        ItsButton {
            objectName: "showSharedJsonButton"
            kind: "flat"
            text: card.showJson ? qsTr("Hide the exact document") : qsTr("Show the exact document")
            onClicked: card.showJson = !card.showJson
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            visible: card.showJson
            TextArea {
                objectName: "sharedJson"
                readOnly: true
                text: card.summary.sharedJson
                font.family: "monospace"
                font.pixelSize: Theme.fontCaption
                color: Theme.text
                wrapMode: TextEdit.NoWrap
                Accessible.name: qsTr("The summary document that would be shared")
                background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radiusS }
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }

        ItsLabel { Layout.fillWidth: true; text: qsTr("What stays on this device"); role: "title" }
        ItsLabel {
            Layout.fillWidth: true
            text: qsTr("The full event log, every private note and every staff name. They never leave this device.")
        }
        Repeater {
            model: card.summary.privateNotes
            delegate: ItsLabel {
                required property string modelData
                Layout.fillWidth: true
                muted: true
                text: "\u2022 " + qsTr("Private note \u2014 %1").arg(modelData)
            }
        }
        Repeater {
            model: card.summary.privateStaffNotes
            delegate: ItsLabel {
                required property string modelData
                Layout.fillWidth: true
                muted: true
                text: "\u2022 " + qsTr("Staff names \u2014 %1").arg(modelData)
            }
        }
    }
}
