pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The CCO's findings at a glance: the filter (period compared with the one before), headline
// figures with n, interval and change, the top five pain points with their owner and trend,
// departments ranked and participation; the ways to the journeys' heat map, the departments and
// the silo map. Every figure opens the walks behind it (ReviewWalksPage), and from there a
// summary. Two columns on a desktop, one on a phone.
ItsPage {
    id: page

    objectName: "reviewOverviewPage"
    title: qsTr("Findings")

    property VaultSession session: AppController.session
    property alias findings: controller

    ReviewFindingsController {
        id: controller
        objectName: "findingsController"
        session: page.session
        language: AppController.effectiveLanguage
    }
    ReviewExportDialog {
        id: exportDialog
        parent: page
        session: page.session
    }
    // Back from the inbox (a pull) or a summary: read what is new, if anything.
    StackView.onActivated: controller.reload()

    function open(file: string, properties: var) {
        properties.findings = controller
        page.StackView.view.push(Qt.resolvedUrl(file), properties)
    }
    function openWalks(title: string, walkIds: var) {
        page.open("ReviewWalksPage.qml", {title: title, walkIds: walkIds})
    }

    Flickable {
        id: flick
        objectName: "overviewFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingM, 1200)
            spacing: Theme.spacingM

            ReviewFilterCard {
                Layout.fillWidth: true
                findings: controller
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                ItsButton {
                    objectName: "openJourneysButton"
                    kind: "primary"
                    text: qsTr("Journeys")
                    Accessible.name: qsTr("Open the journeys' heat map")
                    onClicked: page.open("ReviewJourneysPage.qml", {})
                }
                ItsButton {
                    objectName: "openDepartmentsButton"
                    kind: "primary"
                    text: qsTr("Departments")
                    onClicked: page.open("ReviewDepartmentsPage.qml", {})
                }
                ItsButton {
                    objectName: "openSiloMapButton"
                    kind: "primary"
                    text: qsTr("Silo map")
                    onClicked: page.open("ReviewSiloMapPage.qml", {})
                }
                ItsButton {
                    objectName: "overviewReportButton"
                    text: qsTr("Report…")
                    Accessible.name: qsTr("Make a board pack or a department brief")
                    onClicked: exportDialog.open()
                }
            }
            ItsCard {
                id: noWalksCard
                objectName: "noWalksMatch"
                Layout.fillWidth: true
                visible: controller.ready && controller.noWalksMatch
                // Only a journey, department, channel or leader filter can be cleared; a period
                // with no walks is not a filter to undo.
                readonly property bool filtered: controller.journeys.length + controller.departments.length
                                                 + controller.channels.length + controller.leaders.length > 0
                ColumnLayout {
                    width: noWalksCard.availableWidth
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("No walks match") }
                    ItsLabel {
                        objectName: "noWalksReason"
                        Layout.fillWidth: true
                        muted: true
                        text: controller.received === 0
                              ? qsTr("No summaries received yet. Pull them in the inbox.")
                              : noWalksCard.filtered
                                ? qsTr("None of the %n received walk(s) is in this period with these filters.", "", controller.received)
                                : qsTr("None of the %n received walk(s) is in this period.", "", controller.received)
                    }
                    ItsButton {
                        objectName: "clearFiltersButton"
                        visible: controller.received > 0 && noWalksCard.filtered
                        text: qsTr("Clear the filters")
                        onClicked: controller.clearFilter()
                    }
                }
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                visible: controller.ready && !controller.noWalksMatch
                columns: width >= 1000 ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM
                ReviewHeadlineCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: grid.columns
                    findings: controller
                    onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                }
                ReviewPainPointsCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: grid.width / grid.columns
                    findings: controller
                    onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                }
                ReviewDepartmentsCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: grid.width / grid.columns
                    findings: controller
                    onDepartmentRequested: department => page.open("ReviewDepartmentsPage.qml", {department: department})
                }
                ReviewParticipationCard {
                    Layout.fillWidth: true
                    Layout.columnSpan: grid.columns
                    findings: controller
                    onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                }
            }
        }
    }
}
