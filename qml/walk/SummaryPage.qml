import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The walk summary: emotion curve, time and effort, pain points by department, the journey
// questions, and what will be shared versus what stays here. Finish (or reopen) the walk.
ItsPage {
    id: page

    objectName: "summaryPage"
    title: qsTr("Summary")

    required property WalkController walk
    property alias summary: summary
    property alias evidence: evidenceCard
    property alias deleteEvidenceDialog: deleteEvidenceDialog
    property alias shareEvidenceDialog: shareEvidenceDialog
    readonly property bool wide: width >= Theme.splitBreakpoint - Theme.navRailWidth

    WalkSummaryView {
        id: summary
        objectName: "summaryView"
        walk: page.walk
    }

    actions: [
        ItsButton {
            objectName: "finishWalkButton"
            kind: page.walk.finished ? "secondary" : "primary"
            text: page.walk.finished ? qsTr("Reopen") : qsTr("Finish walk")
            Accessible.name: page.walk.finished ? qsTr("Reopen the walk") : qsTr("Finish the walk")
            onClicked: {
                if (page.walk.finished)
                    page.walk.reopenWalk()
                else if (page.walk.unvisitedCount > 0)
                    finishDialog.open()
                else
                    page.walk.finishWalk()
            }
        }
    ]

    FinishWalkDialog {
        id: finishDialog
        unvisited: page.walk.unvisitedCount
        total: page.walk.steps.count
        onConfirmed: page.walk.finishWalk()
    }

    EvidenceDeleteDialog {
        id: deleteEvidenceDialog
        onConfirmed: evidenceId => evidenceCard.remove(evidenceId)
    }
    EvidenceShareDialog {
        id: shareEvidenceDialog
        items: evidenceCard.items
    }

    Flickable {
        objectName: "summaryFlick"
        anchors.fill: parent
        contentHeight: grid.implicitHeight + 2 * Theme.spacingM
        clip: true

        GridLayout {
            id: grid
            x: Theme.spacingM
            y: Theme.spacingM
            width: parent.width - 2 * Theme.spacingM
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM

            ItsBanner {
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
                visible: summary.errorString.length > 0 || page.walk.errorString.length > 0
                tone: "danger"
                text: summary.errorString.length > 0 ? summary.errorString : page.walk.errorString
            }
            EmotionCurveCard {
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
                points: summary.emotionPoints
                peakIndex: summary.peakIndex
                lowIndex: summary.lowIndex
                endIndex: summary.endIndex
            }
            TotalsCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                summary: summary
            }
            ItsCard {
                objectName: "painPointsCard"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                // Positioners, not Layouts, around the Repeater: Qt 6.4 Layouts keep a stale pointer
                // to delegates a model reset deleted while the page was hidden, and crash on the
                // next resize (seen in tst_walk).
                Column {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { width: parent.width; text: qsTr("Pain points by department"); role: "title" }
                    ItsLabel {
                        width: parent.width
                        visible: summary.moments.count === 0
                        muted: true
                        text: qsTr("No pain points recorded.")
                    }
                    Repeater {
                        model: summary.moments
                        delegate: Column {
                            id: momentRow
                            required property int index
                            required property string department
                            required property string kind
                            required property string theme
                            required property int severity
                            required property string touchpointName
                            required property bool fromCriterion
                            required property string criterionText
                            required property bool firstInDepartment
                            width: parent.width
                            spacing: Theme.spacingXs
                            ItsLabel {
                                width: momentRow.width
                                // A heading each time the department changes (rows are grouped).
                                visible: momentRow.firstInDepartment
                                topPadding: Theme.spacingS
                                font.weight: Font.DemiBold
                                text: momentRow.department.length > 0 ? Vocabulary.departmentLabel(momentRow.department) : qsTr("No department")
                                Accessible.role: Accessible.Heading
                            }
                            MomentDelegate {
                                width: momentRow.width
                                index: momentRow.index
                                kind: momentRow.kind
                                theme: momentRow.theme
                                severity: momentRow.severity
                                touchpointName: momentRow.touchpointName
                                fromCriterion: momentRow.fromCriterion
                                criterionText: momentRow.criterionText
                            }
                        }
                    }
                }
            }
            ItsCard {
                objectName: "memorableCard"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Column {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { width: parent.width; text: qsTr("Memorable moments"); role: "title" }
                    ItsLabel {
                        width: parent.width
                        visible: summary.memorable.count === 0
                        muted: true
                        text: qsTr("No memorable moments recorded.")
                    }
                    Repeater {
                        model: summary.memorable
                        delegate: MomentDelegate {
                            width: parent ? parent.width : 0
                        }
                    }
                }
            }
            QuestionsCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                summary: summary
            }
            SharingCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                summary: summary
            }
            EvidenceCard {
                id: evidenceCard
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                walk: page.walk
                onDeleteRequested: (evidenceId, kind) => {
                    deleteEvidenceDialog.evidenceId = evidenceId
                    deleteEvidenceDialog.kind = kind
                    deleteEvidenceDialog.open()
                }
                onShareRequested: (evidenceId, caption) => shareEvidenceDialog.ask(evidenceId, caption)
            }
        }
    }
}
