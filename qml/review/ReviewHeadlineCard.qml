pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The headline figures (NPS, CSAT, CES, would stay, first-contact resolution) pooled over the
// walks that match, each a tile (ReviewHeadlineDelegate); two or three a row on a desktop, one
// on a phone.
ItsCard {
    id: card

    required property ReviewFindingsController findings
    signal walksRequested(string title, var walkIds)

    objectName: "headlineCard"

    ReviewHeadlineModel {
        id: headlines
        findings: card.findings
    }

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingS
        ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Headline figures") }
        GridLayout {
            id: grid
            Layout.fillWidth: true
            columns: card.availableWidth >= 900 ? 3 : card.availableWidth >= 560 ? 2 : 1
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingS
            Repeater {
                model: headlines
                delegate: ReviewHeadlineDelegate {
                    Layout.fillWidth: true
                    Layout.preferredWidth: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                    Layout.fillHeight: true
                    previousLabel: card.findings.previousLabel
                    onWalksRequested: (title, walkIds) => card.walksRequested(title, walkIds)
                }
            }
        }
        ItsLabel {
            Layout.fillWidth: true
            visible: headlines.cesProblem.length > 0
            role: "caption"
            color: Theme.danger
            text: qsTr("CES is left out: answers on different scales cannot be pooled.")
        }
    }
}
