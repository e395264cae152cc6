pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One department at a time (chosen from those in the findings): the pain points it owns and
// their themes, its memorable moments, the touchpoints it owns, the departments it hands
// customers to and receives them from, and the notes left at its touchpoints, as quotes.
ItsPage {
    id: page

    required property ReviewFindingsController findings
    property string department

    objectName: "reviewDepartmentsPage"
    title: qsTr("Departments")

    ReviewDepartmentRankModel {
        id: ranking
        findings: page.findings
        // The heaviest department until one is chosen.
        onRebuilt: if (page.department.length === 0 && count > 0) page.department = page.field(get(0), "department")
    }
    ReviewDepartmentModel {
        id: detail
        findings: page.findings
        department: page.department
    }
    Component.onCompleted: if (page.department.length === 0 && ranking.count > 0) page.department = page.field(ranking.get(0), "department")

    function openWalks(title: string, walkIds: var) {
        page.StackView.view.push(Qt.resolvedUrl("ReviewWalksPage.qml"),
                                 {findings: page.findings, title: title, walkIds: walkIds})
    }
    // The walks behind every row of a kind, each once.
    function walksOf(kind: string): var {
        let ids = []
        if (detail.revision < 0) // never: read so that bindings follow the model's rebuilds
            return ids
        for (let i = 0; i < detail.count; ++i) {
            const r = detail.get(i)
            if (r.kind === kind)
                for (const id of r.walkIds)
                    if (ids.indexOf(id) < 0) ids.push(id)
        }
        return ids
    }
    // Rows are maps (QVariantMap): read them through a var parameter.
    function field(row: var, name: string): var { return row[name] }
    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    function sectionTitle(kind: string): string {
        switch (kind) {
        case "pain": return qsTr("Pain points it owns, by theme")
        case "moment": return qsTr("Memorable moments")
        case "touchpoint": return qsTr("Touchpoints it owns")
        case "handedTo": return qsTr("Hands customers to")
        default: return qsTr("Receives customers from")
        }
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
                text: page.findings.noWalksMatch ? qsTr("No walks match") : page.findings.periodLabel
            }
            ReviewFilterBox {
                objectName: "departmentBox"
                Layout.fillWidth: true
                visible: ranking.count > 0
                model: {
                    let list = [ranking.revision].slice(1) // rebuilt with the model
                    for (let i = 0; i < ranking.count; ++i)
                        list.push({id: ranking.get(i).department, name: page.word(Vocabulary.departmentLabel(ranking.get(i).department))})
                    return list
                }
                currentIndex: Math.max(0, model.findIndex(d => d.id === page.department))
                Accessible.name: qsTr("Department")
                onActivated: page.department = currentValue
            }
            // The department's figures, each a way to the walks behind it.
            Flow {
                objectName: "departmentSummary"
                Layout.fillWidth: true
                visible: detail.found
                spacing: Theme.spacingS
                Repeater {
                    model: [["painPoints", "pain", qsTr("%n pain point(s)", "", detail.painPoints)],
                            ["memorableMoments", "moment", qsTr("%n memorable moment(s)", "", detail.memorableMoments)],
                            ["handoffsOut", "handedTo", qsTr("%n handoff(s) out", "", detail.handoffsOut)],
                            ["handoffsIn", "handedFrom", qsTr("%n handoff(s) in", "", detail.handoffsIn)]]
                    delegate: ItsButton {
                        id: figure
                        required property var modelData
                        readonly property var walkIds: page.walksOf(modelData[1])
                        readonly property int walks: walkIds.length
                        objectName: "departmentFigure_" + modelData[0]
                        text: modelData[2]
                        enabled: walks > 0
                        Accessible.name: qsTr("%1, %n walk(s)", "", walks).arg(modelData[2])
                        onClicked: page.openWalks(page.word(Vocabulary.departmentLabel(page.department)) + " · " + figure.modelData[2],
                                                  figure.walkIds)
                    }
                }
            }
            Repeater {
                model: ["pain", "moment", "touchpoint", "handedTo", "handedFrom"]
                delegate: ItsCard {
                    id: section
                    required property string modelData
                    readonly property var rows: {
                        let list = [detail.revision].slice(1) // rebuilt with the model
                        for (let i = 0; i < detail.count; ++i) {
                            const r = detail.get(i)
                            if (r.kind === section.modelData) list.push(i)
                        }
                        return list
                    }
                    objectName: "departmentSection_" + modelData
                    Layout.fillWidth: true
                    visible: rows.length > 0
                    ColumnLayout {
                        width: section.availableWidth
                        spacing: Theme.spacingXs
                        ItsLabel { Layout.fillWidth: true; role: "title"; text: page.sectionTitle(section.modelData) }
                        Repeater {
                            model: section.rows
                            delegate: ReviewDepartmentRowDelegate {
                                required property int modelData
                                readonly property var source: detail.get(modelData)
                                Layout.fillWidth: true
                                position: modelData
                                kind: source.kind
                                label: source.label
                                count: source.count
                                meanSeverity: source.meanSeverity
                                weight: source.weight
                                repeats: source.repeats
                                walkIds: source.walkIds
                                topCount: page.field(detail.get(section.rows[0]), "count")
                                onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                            }
                        }
                    }
                }
            }
            ReviewQuotesCard {
                Layout.fillWidth: true
                quotes: detail.quotes
                onWalkRequested: walkId => page.StackView.view.push(Qt.resolvedUrl("ReviewSummaryPage.qml"),
                                                                    {detail: page.findings.detail(walkId)})
            }
            ItsLabel {
                Layout.fillWidth: true
                visible: ranking.count === 0
                text: qsTr("No walks match")
            }
        }
    }
}
