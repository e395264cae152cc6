pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Participation, a culture figure: walks per leader in the period, leaders with no walk in 90
// days and journeys nobody walked.
ItsCard {
    id: card

    required property ReviewFindingsController findings
    signal walksRequested(string title, var walkIds)

    objectName: "participationCard"
    function joined(names: var): string { return names.join(", ") }

    ReviewParticipationModel {
        id: leaders
        findings: card.findings
    }

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingXs
        ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Participation") }
        Repeater {
            model: leaders
            delegate: ReviewLeaderDelegate {
                Layout.fillWidth: true
                onWalksRequested: (title, walkIds) => card.walksRequested(title, walkIds)
            }
        }
        ItsLabel {
            objectName: "idleLeaders"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            text: card.findings.idleLeaders.length > 0
                  ? qsTr("No walk in 90 days: %1").arg(card.joined(card.findings.idleLeaders))
                  : qsTr("Every leader walked in the last 90 days.")
        }
        ItsLabel {
            objectName: "journeysNotWalked"
            Layout.fillWidth: true
            text: card.findings.journeysNotWalked.length > 0
                  ? qsTr("Journeys nobody walked: %1").arg(card.joined(card.findings.journeysNotWalked))
                  : qsTr("Every journey in the library was walked.")
        }
    }
}
