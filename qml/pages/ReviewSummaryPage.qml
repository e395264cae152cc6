pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One received summary: answers, score per contact, pain points by department, customer time
// per phase. `detail` is ReviewInboxModel.detail(walkId).
ItsPage {
    id: page

    objectName: "reviewSummaryPage"
    title: detail.journeyName !== undefined ? detail.journeyName : qsTr("Summary")

    property var detail: ({})

    function orDash(value: var): string {
        return value === null || value === undefined ? "—" : String(value)
    }

    Flickable {
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
                        .arg(new Date(page.detail.finishedMs || 0).toLocaleString(Qt.locale(), Locale.ShortFormat))
            }
            ItsCard {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: 2
                    rowSpacing: Theme.spacingXs
                    ItsLabel { muted: true; text: qsTr("Would recommend (0–10)") }
                    ItsLabel { objectName: "detailRecommend"; text: page.orDash(page.detail.recommend); font.weight: Font.DemiBold }
                    ItsLabel { muted: true; text: qsTr("Effort (CES 1–7)") }
                    ItsLabel { text: page.orDash(page.detail.effort); font.weight: Font.DemiBold }
                    ItsLabel { muted: true; text: qsTr("Customer time") }
                    ItsLabel { text: Vocabulary.duration(page.detail.totalCustomerMs || 0); font.weight: Font.DemiBold }
                    ItsLabel { muted: true; text: qsTr("Contacts needed") }
                    ItsLabel { text: page.orDash(page.detail.contactsNeeded); font.weight: Font.DemiBold }
                    ItsLabel { muted: true; text: qsTr("Resolved at first contact") }
                    ItsLabel { text: page.detail.firstContactResolution ? qsTr("Yes") : qsTr("No"); font.weight: Font.DemiBold }
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Touchpoints"); role: "title" }
            Repeater {
                model: page.detail.contacts || []
                delegate: ItsCard {
                    id: contactCard
                    required property var modelData
                    readonly property var contact: modelData
                    Layout.fillWidth: true
                    ColumnLayout {
                        width: parent.width
                        spacing: 2
                        ItsLabel { Layout.fillWidth: true; text: contactCard.contact.name; font.weight: Font.DemiBold }
                        ItsLabel {
                            Layout.fillWidth: true
                            role: "caption"
                            muted: true
                            text: Vocabulary.channelLabel(contactCard.contact.channel) + " · " + contactCard.contact.department
                                  + " · " + Vocabulary.outcomeLabel(contactCard.contact.outcome)
                        }
                        ItsLabel {
                            Layout.fillWidth: true
                            color: contactCard.contact.passed ? Theme.text : Theme.danger
                            text: (contactCard.contact.score === null ? qsTr("Not scored") : qsTr("Score %1/100").arg(Math.round(contactCard.contact.score)))
                                  + (contactCard.contact.passed ? "" : " · " + qsTr("a must-be failed"))
                                  + " · " + Vocabulary.duration(contactCard.contact.totalMs)
                        }
                    }
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
                            Layout.fillWidth: true
                            text: departmentCard.modelData.department.length > 0 ? departmentCard.modelData.department : qsTr("(no department)")
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: departmentCard.modelData.items
                            delegate: ItsLabel {
                                required property var modelData
                                Layout.fillWidth: true
                                text: "• " + modelData.theme + " — " + Vocabulary.severityLabel(modelData.severity)
                                      + (modelData.touchpoint.length > 0 ? " (" + modelData.touchpoint + ")" : "")
                            }
                        }
                    }
                }
            }

            ItsLabel { Layout.fillWidth: true; text: qsTr("Customer time by phase"); role: "title" }
            ItsCard {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: 2
                    rowSpacing: Theme.spacingXs
                    Repeater {
                        model: page.detail.phases || []
                        delegate: ItsLabel {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 0
                            Layout.fillWidth: true
                            muted: true
                            text: Vocabulary.phaseLabel(modelData.phase)
                        }
                    }
                    Repeater {
                        model: page.detail.phases || []
                        delegate: ItsLabel {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 1
                            text: Vocabulary.duration(modelData.ms)
                        }
                    }
                }
            }
        }
    }
}
