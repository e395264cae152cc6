pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The five heaviest pain points (frequency x severity) across departments, with the owning
// department and the trend against the period before.
ItsCard {
    id: card

    required property ReviewFindingsController findings
    signal walksRequested(string title, var walkIds)

    objectName: "painPointsCard"
    function field(row: var, name: string): var { return row[name] }

    ReviewPainPointModel {
        id: pains
        findings: card.findings
    }

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingXs
        ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Top pain points") }
        ItsLabel {
            Layout.fillWidth: true
            role: "caption"
            muted: true
            text: pains.count > 0 ? qsTr("Ranked by frequency × severity") : qsTr("No pain points in these walks.")
        }
        Repeater {
            model: pains
            delegate: ReviewPainPointDelegate {
                Layout.fillWidth: true
                topWeight: pains.revision >= 0 && pains.count > 0 ? card.field(pains.get(0), "weight") : 1
                previousLabel: card.findings.previousLabel
                onWalksRequested: (title, walkIds) => card.walksRequested(title, walkIds)
            }
        }
    }
}
