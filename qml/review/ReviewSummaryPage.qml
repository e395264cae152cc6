pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One received summary, all the executive shared, in words: the persona, their answers (NPS,
// CSAT, CES, would stay), the emotion curve, shared notes, every touchpoint (ReviewContactCard),
// pain points by department, memorable moments and customer time per phase. `detail` is
// ReviewInboxModel.detail(walkId).
ItsPage {
    id: page

    objectName: "reviewSummaryPage"
    title: detail.journeyName !== undefined ? detail.journeyName : qsTr("Summary")

    property var detail: ({})
    readonly property var emotion: detail.emotion || ({points: [], peakIndex: -1, lowIndex: -1, endIndex: -1})

    function orDash(value: var): string {
        return value === null || value === undefined ? "—" : String(value)
    }
    // The NPS group of one 0–10 answer, as a word.
    function recommendText(value: var): string {
        if (value === null || value === undefined)
            return qsTr("Not answered")
        const group = value >= 9 ? qsTr("promoter") : value >= 7 ? qsTr("passive") : qsTr("detractor")
        return qsTr("%1 · %2").arg(value).arg(group)
    }
    function csatText(value: var): string {
        return value === null || value === undefined ? qsTr("Not answered") : qsTr("%1 of 5").arg(value)
    }
    function wouldStayText(value: var): string {
        return value === null || value === undefined ? qsTr("Not answered") : value ? qsTr("Yes") : qsTr("No")
    }
    function momentText(item: var): string {
        return item.text.length > 0 ? item.text : page.word(Vocabulary.themeLabel(item.theme))
    }
    // Vocabulary's words come from C++ tr(), which a binding does not watch: reading the
    // language here makes every binding that shows one follow a change of language.
    function word(text: string): string {
        return AppController.effectiveLanguage.length > 0 ? text : text
    }

    // One "label: value" row of the answers card.
    component Fact: RowLayout {
        id: fact
        property string label
        property string value
        property string valueName
        Layout.fillWidth: true
        spacing: Theme.spacingM
        ItsLabel { Layout.fillWidth: true; muted: true; text: fact.label }
        ItsLabel {
            objectName: fact.valueName
            Layout.alignment: Qt.AlignTop
            wrapMode: Text.NoWrap // short values; the label beside it wraps instead
            text: fact.value
            font.weight: Font.DemiBold
        }
    }

    Flickable {
        objectName: "reviewSummaryFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (page.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(page.width - 2 * Theme.spacingL, Theme.maxContentWidth)
            spacing: Theme.spacingM

            ItsLabel {
                Layout.fillWidth: true
                muted: true
                text: qsTr("%1 · finished %2").arg(page.orDash(page.detail.executive))
                        .arg(Vocabulary.dateTime(page.detail.finishedMs || 0))
            }
            ItsLabel {
                objectName: "detailPersona"
                Layout.fillWidth: true
                visible: (page.detail.persona || "").length > 0
                text: qsTr("Walked as: %1").arg(page.detail.persona || "")
            }
            ItsCard {
                objectName: "detailAnswersCard"
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingXs
                    Fact { label: qsTr("Would recommend (0–10)"); value: page.recommendText(page.detail.recommend); valueName: "detailRecommend" }
                    Fact { label: qsTr("Satisfaction (CSAT 1–5)"); value: page.csatText(page.detail.csat); valueName: "detailCsat" }
                    Fact { label: qsTr("Effort (CES 1–7)"); value: page.orDash(page.detail.effort) }
                    Fact { label: qsTr("Would stay a customer"); value: page.wouldStayText(page.detail.wouldStay); valueName: "detailWouldStay" }
                    Fact { label: qsTr("Customer time"); value: Vocabulary.duration(page.detail.totalCustomerMs || 0) }
                    Fact { label: qsTr("Contacts needed"); value: page.orDash(page.detail.contactsNeeded) }
                    Fact { label: qsTr("Handoffs"); value: page.orDash(page.detail.handoffCount); valueName: "detailHandoffs" }
                    Fact { label: qsTr("Times information was repeated"); value: page.orDash(page.detail.repeatCount); valueName: "detailRepeats" }
                    Fact { label: qsTr("Targets missed"); value: page.orDash(page.detail.missedTargetCount); valueName: "detailMissed" }
                    Fact { label: qsTr("Resolved at first contact"); value: page.detail.firstContactResolution ? qsTr("Yes") : qsTr("No") }
                }
            }

            EmotionCurveCard {
                Layout.fillWidth: true
                points: page.emotion.points
                peakIndex: page.emotion.peakIndex
                lowIndex: page.emotion.lowIndex
                endIndex: page.emotion.endIndex
            }

            ItsCard {
                objectName: "detailNotesCard"
                Layout.fillWidth: true
                visible: (page.detail.notes || []).length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Notes the executive shared"); role: "title" }
                    Repeater {
                        model: page.detail.notes || []
                        delegate: ColumnLayout {
                            id: noteItem
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            ItsLabel { Layout.fillWidth: true; role: "caption"; muted: true; text: noteItem.modelData.touchpoint }
                            ItsLabel { Layout.fillWidth: true; font.italic: true; text: "“" + noteItem.modelData.note + "”" }
                        }
                    }
                }
            }

            ReviewPhotosCard {
                Layout.fillWidth: true
                photos: page.detail.photos || []
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Touchpoints"); role: "title" }
            Repeater {
                model: page.detail.contacts || []
                delegate: ReviewContactCard {
                    required property var modelData
                    contact: modelData
                    Layout.fillWidth: true
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Pain points by department"); role: "title" }
            ItsLabel {
                Layout.fillWidth: true
                visible: (page.detail.painPoints || []).length === 0
                muted: true
                text: qsTr("No pain points recorded.")
            }
            Repeater {
                model: page.detail.painPoints || []
                delegate: ItsCard {
                    id: departmentCard
                    required property var modelData
                    objectName: "painDepartment_" + modelData.department
                    Layout.fillWidth: true
                    ColumnLayout {
                        width: parent.width
                        spacing: 2
                        ItsLabel {
                            objectName: "painDepartmentName_" + departmentCard.modelData.department
                            Layout.fillWidth: true
                            text: departmentCard.modelData.department.length > 0 ? page.word(Vocabulary.departmentLabel(departmentCard.modelData.department)) : qsTr("No department")
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: departmentCard.modelData.items
                            delegate: ItsLabel {
                                required property var modelData
                                required property int index
                                objectName: "painItem_" + departmentCard.modelData.department + "_" + index
                                Layout.fillWidth: true
                                text: "• " + page.momentText(modelData) + " — " + page.word(Vocabulary.severityLabel(modelData.severity))
                                      + (modelData.touchpoint.length > 0 ? " (" + modelData.touchpoint + ")" : "")
                            }
                        }
                    }
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Memorable moments"); role: "title" }
            ItsLabel {
                Layout.fillWidth: true
                visible: (page.detail.memorable || []).length === 0
                muted: true
                text: qsTr("No memorable moments recorded.")
            }
            ItsCard {
                Layout.fillWidth: true
                visible: (page.detail.memorable || []).length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Repeater {
                        model: page.detail.memorable || []
                        delegate: ItsLabel {
                            required property var modelData
                            required property int index
                            objectName: "memorableItem_" + index
                            Layout.fillWidth: true
                            text: "★ " + page.momentText(modelData) + " — " + page.word(Vocabulary.departmentLabel(modelData.department))
                                  + (modelData.touchpoint.length > 0 ? " (" + modelData.touchpoint + ")" : "")
                        }
                    }
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Customer time by phase"); role: "title" }
            ItsCard {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingXs
                    Repeater {
                        model: page.detail.phases || []
                        delegate: Fact {
                            required property var modelData
                            label: page.word(Vocabulary.phaseLabel(modelData.phase))
                            value: Vocabulary.duration(modelData.ms)
                        }
                    }
                }
            }
        }
    }
}
