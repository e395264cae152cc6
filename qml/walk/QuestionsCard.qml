pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The journey questions, answered as the customer: recommend (0-10), satisfaction (CSAT 1-5,
// N/A = not answered), effort (CES 1-7, with the scale version stored), would you stay? Each
// tap is saved at once.
ItsCard {
    id: card

    required property WalkSummaryView summary

    objectName: "questionsCard"

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel { text: qsTr("Journey questions"); role: "title" }

        ItsLabel { Layout.fillWidth: true; text: qsTr("How likely would you be to recommend this company to a friend? (0 = not at all, 10 = extremely)") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: 11
                delegate: ItsChip {
                    required property int index
                    objectName: "recommend_" + index
                    text: String(index)
                    Accessible.name: qsTr("Recommend: %1 of 10").arg(index)
                    checked: card.summary.recommend === index
                    onClicked: card.summary.setRecommend(card.summary.recommend === index ? -1 : index)
                }
            }
        }

        ItsLabel { Layout.fillWidth: true; text: qsTr("Overall, how satisfied were you? (1 = very dissatisfied, 5 = very satisfied)") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                // 0 stands for N/A: the question left unanswered.
                model: [1, 2, 3, 4, 5, 0]
                delegate: ItsChip {
                    required property int modelData
                    objectName: "csat_" + (modelData === 0 ? "na" : modelData)
                    text: modelData === 0 ? qsTr("N/A") : String(modelData)
                    Accessible.name: modelData === 0 ? qsTr("Satisfaction: not answered")
                                                     : qsTr("Satisfaction: %1 of 5").arg(modelData)
                    checked: modelData === 0 ? card.summary.csat < 0 : card.summary.csat === modelData
                    onClicked: card.summary.setCsat(modelData === 0 || card.summary.csat === modelData ? -1 : modelData)
                }
            }
        }
        ItsLabel {
            objectName: "csatFigure"
            Layout.fillWidth: true
            role: "caption"
            muted: true
            // One walk's top-2-box: a single answer, so always flagged; the review pools walks.
            text: card.summary.csatN === 0
                  ? qsTr("CSAT: not answered")
                  : qsTr("CSAT (share of 4–5): %1%").arg(Math.round(card.summary.csatShare)) + " · "
                    + (card.summary.csatSmallSample ? qsTr("n = %1 · too few to judge").arg(card.summary.csatN)
                                                    : qsTr("n = %1").arg(card.summary.csatN))
        }

        ItsLabel { Layout.fillWidth: true; text: qsTr("How easy was it to get what you needed? (1 = very difficult, 7 = very easy)") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: 7
                delegate: ItsChip {
                    required property int index
                    objectName: "effort_" + (index + 1)
                    text: String(index + 1)
                    Accessible.name: qsTr("Ease: %1 of 7").arg(index + 1)
                    checked: card.summary.effort === index + 1
                    onClicked: card.summary.setEffort(card.summary.effort === index + 1 ? -1 : index + 1)
                }
            }
        }
        ItsLabel {
            role: "caption"
            muted: true
            text: qsTr("Scale: %1").arg(Vocabulary.cesScaleLabel(card.summary.cesScaleVersion))
        }

        ItsLabel { Layout.fillWidth: true; text: qsTr("Would you stay a customer?") }
        RowLayout {
            spacing: Theme.spacingXs
            ItsChip {
                objectName: "stay_yes"
                text: qsTr("Yes")
                Accessible.name: qsTr("I would stay")
                checked: card.summary.wouldStay === 1
                onClicked: card.summary.setWouldStay(card.summary.wouldStay === 1 ? -1 : 1)
            }
            ItsChip {
                objectName: "stay_no"
                text: qsTr("No")
                Accessible.name: qsTr("I would leave")
                checked: card.summary.wouldStay === 0
                onClicked: card.summary.setWouldStay(card.summary.wouldStay === 0 ? -1 : 0)
            }
        }
    }
}
