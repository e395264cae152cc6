pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One heat-map cell: the touchpoint's must-be criteria by failure rate, its SLA breaches per
// phase, its delighters, and the shareable notes left there; every row opens its walks.
ItsPage {
    id: page

    required property ReviewFindingsController findings
    property string journeyId
    property string touchpointId

    objectName: "reviewTouchpointPage"
    title: cell.found ? cell.name : qsTr("Touchpoint")

    ReviewCellModel {
        id: cell
        findings: page.findings
        journeyId: page.journeyId
        touchpointId: page.touchpointId
    }
    function openWalks(title: string, walkIds: var) {
        page.StackView.view.push(Qt.resolvedUrl("ReviewWalksPage.qml"),
                                 {findings: page.findings, title: title, walkIds: walkIds})
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
            x: (flick.width - width) / 2
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingM, Theme.maxContentWidth)
            spacing: Theme.spacingM

            ItsLabel {
                Layout.fillWidth: true
                muted: true
                text: cell.found ? qsTr("Owned by %1 · %n contact(s)", "", cell.contacts).arg(Vocabulary.departmentLabel(cell.department))
                                 : qsTr("No walks match")
            }
            ItsButton {
                objectName: "touchpointWalksButton"
                visible: cell.found
                text: qsTr("All %n walk(s) here", "", cell.walkIds.length)
                onClicked: page.openWalks(cell.name, cell.walkIds)
            }
            ItsCard {
                id: criteriaCard
                objectName: "criteriaCard"
                Layout.fillWidth: true
                visible: cell.count > 0
                ColumnLayout {
                    width: criteriaCard.availableWidth
                    spacing: Theme.spacingXs
                    ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Promises kept and broken") }
                    Repeater {
                        model: cell
                        delegate: ReviewCriterionDelegate {
                            Layout.fillWidth: true
                            onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                        }
                    }
                }
            }
            ReviewQuotesCard {
                Layout.fillWidth: true
                quotes: cell.quotes
                onWalkRequested: walkId => page.StackView.view.push(Qt.resolvedUrl("ReviewSummaryPage.qml"),
                                                                    {detail: page.findings.detail(walkId)})
            }
        }
    }
}
