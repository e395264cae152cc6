pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The journeys: a stage x touchpoint heat map of one journey (pass rate, and time against the
// SLA in the phase missed most), stages side by side, scrollable sideways on a phone. A cell opens its criterion
// failures (ReviewTouchpointPage), and from there the walks behind them.
ItsPage {
    id: page

    required property ReviewFindingsController findings

    objectName: "reviewJourneysPage"
    title: qsTr("Journeys")

    ReviewHeatMapModel {
        id: heat
        findings: page.findings
    }

    readonly property real cellWidth: page.width < 600 ? 200 : 220
    // As tall as the cell with the most text (cells of a row line up), never taller. Measured
    // when a cell's text changes height: a binding over Repeater.itemAt() is not told.
    property real cellHeight: 96
    function measureCells() {
        let tallest = 96
        for (let i = 0; i < cells.count; ++i) {
            const cell = cells.itemAt(i)
            if (cell)
                tallest = Math.max(tallest, cell.implicitHeight)
        }
        page.cellHeight = Math.ceil(tallest)
    }
    readonly property real gap: Theme.spacingS
    function indexOf(options: var, id: string): int { return Math.max(0, options.findIndex(o => o.id === id)) }
    function nameOf(options: var, id: string): string {
        const found = options.find(o => o.id === id)
        return found ? found.name : ""
    }
    // The whole chart in words, for screen readers.
    function chartText(): string {
        let parts = []
        for (let i = 0; i < heat.count; ++i) {
            const c = heat.get(i)
            const missed = c.breachRate === null || c.breachRate === undefined ? ""
                         : ", " + qsTr("SLA missed in %1%").arg(Math.round(c.breachRate))
            parts.push(qsTr("%1: %2% pass of %3").arg(c.name).arg(c.passRate === null || c.passRate === undefined ? "—" : Math.round(c.passRate)).arg(c.passN) + missed)
        }
        return qsTr("Heat map") + ". " + parts.join("; ")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacingM
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingM
            spacing: Theme.spacingM

            ItsLabel {
                Layout.fillWidth: true
                muted: true
                text: page.findings.noWalksMatch ? qsTr("No walks match") : page.findings.periodLabel
            }
            ReviewFilterBox {
                objectName: "heatJourneyBox"
                Layout.fillWidth: page.width < 600
                Layout.preferredWidth: page.width < 600 ? -1 : 480
                visible: heat.journeyOptions.length > 1
                model: heat.journeyOptions
                currentIndex: page.indexOf(heat.journeyOptions, heat.shownJourneyId)
                Accessible.name: qsTr("Journey")
                onActivated: heat.journeyId = currentValue
            }
            ItsLabel {
                Layout.fillWidth: true
                role: "title"
                visible: heat.count > 0
                text: page.nameOf(heat.journeyOptions, heat.shownJourneyId)
            }
            Flickable {
                id: map
                objectName: "heatMap"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                visible: heat.count > 0
                contentWidth: heat.stages.length * (page.cellWidth + page.gap)
                // Room under the cells for the sideways scroll bar, so it covers no figure.
                contentHeight: 40 + heat.maxRows * (page.cellHeight + page.gap) + (contentWidth > width ? Theme.spacingM : 0)
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.horizontal: ScrollBar { visible: map.contentWidth > map.width; policy: ScrollBar.AlwaysOn }
                Accessible.role: Accessible.Table
                Accessible.name: page.chartText()

                Repeater {
                    model: heat.stages
                    delegate: ItsLabel {
                        required property int index
                        required property string modelData
                        x: index * (page.cellWidth + page.gap)
                        width: page.cellWidth
                        height: 36
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        wrapMode: Text.NoWrap
                        verticalAlignment: Text.AlignVCenter
                        text: modelData.length > 0 ? modelData : qsTr("Not placed in a stage")
                    }
                }
                Repeater {
                    id: cells
                    model: heat
                    onItemRemoved: page.measureCells()
                    delegate: ReviewHeatCellDelegate {
                        onImplicitHeightChanged: page.measureCells()
                        Component.onCompleted: page.measureCells()
                        x: stageIndex * (page.cellWidth + page.gap)
                        y: 40 + row * (page.cellHeight + page.gap)
                        width: page.cellWidth
                        height: page.cellHeight
                        onCellRequested: touchpointId => page.StackView.view.push(
                                             Qt.resolvedUrl("ReviewTouchpointPage.qml"),
                                             {findings: page.findings, journeyId: heat.shownJourneyId, touchpointId: touchpointId})
                    }
                }
            }
            // The legend: colour and words together.
            Flow {
                Layout.fillWidth: true
                visible: heat.count > 0
                spacing: Theme.spacingM
                Repeater {
                    model: [[Theme.chartGood, qsTr("80% pass or more")], [Theme.chartMixed, qsTr("50–79% pass")],
                            [Theme.chartPoor, qsTr("Below 50% pass")], [Theme.surfaceAlt, qsTr("Not judged")]]
                    delegate: Row {
                        id: legendEntry
                        required property var modelData
                        spacing: Theme.spacingXs
                        Rectangle { width: 18; height: 18; radius: 4; color: legendEntry.modelData[0]; border.width: 1; border.color: Theme.border }
                        ItsLabel { role: "caption"; text: legendEntry.modelData[1] }
                    }
                }
            }
            ItsLabel {
                Layout.fillWidth: true
                visible: heat.count > 0
                role: "caption"
                muted: true
                text: qsTr("Pass: contacts with no failed must-be criterion. Tap a touchpoint for the criteria that failed and the walks behind them.")
            }
            ItsLabel {
                objectName: "noJourneyFindings"
                Layout.fillWidth: true
                visible: heat.count === 0
                text: qsTr("No walks match")
            }
        }
    }
}
