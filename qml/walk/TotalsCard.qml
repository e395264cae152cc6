import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Time and effort totals of the walk, from the customer's side.
ItsCard {
    id: card

    required property WalkSummaryView summary

    objectName: "totalsCard"

    component Figure: ColumnLayout {
        property string value
        property string caption
        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.StaticText
        Accessible.name: caption + ": " + value
        ItsLabel { text: parent.value; role: "headline" }
        ItsLabel { Layout.fillWidth: true; text: parent.caption; role: "caption"; muted: true }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { text: qsTr("Time and effort"); role: "title" }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            rowSpacing: Theme.spacingM
            Figure {
                objectName: "totalTime"
                value: Vocabulary.duration(card.summary.totalCustomerMs)
                caption: qsTr("Customer time")
            }
            Figure {
                objectName: "totalEffort"
                value: String(card.summary.totalEffort)
                caption: qsTr("Effort (contacts + handoffs + repeats)")
            }
            Figure {
                value: String(card.summary.contactsNeeded)
                caption: qsTr("Contacts needed")
            }
            Figure {
                value: String(card.summary.handoffCount) + " / " + String(card.summary.repeatCount)
                caption: qsTr("Handoffs / times repeated")
            }
            Figure {
                value: String(card.summary.slaBreachCount)
                caption: qsTr("Target times missed")
            }
            Figure {
                value: card.summary.firstContactResolution ? qsTr("Yes") : qsTr("No")
                caption: qsTr("Resolved at first contact")
            }
        }
    }
}
