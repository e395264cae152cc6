pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The dashboard's filter: the period (all time, a month, a quarter or two dates) compared with
// the one before, and one journey, department, channel and leader (or all). Every change
// recompiles in the background; `findings.busy` shows meanwhile.
ItsCard {
    id: card

    required property ReviewFindingsController findings
    readonly property bool narrow: width < 600

    objectName: "reviewFilterCard"

    // Lists from C++ (QVariantList, QStringList) read through var parameters.
    function indexOf(options: var, id: string): int {
        return Math.max(0, options.findIndex(o => o.id === id))
    }
    function named(ids: var, label: var): var {
        return ids.map(id => ({id: id, name: label(id)}))
    }

    // One picker: [{id, name}] with "all" first; the first id of `selected` is shown.
    component Picker: ReviewFilterBox {
        id: picker
        property string allText
        property var options: []
        property var selected: []
        signal chosen(var ids)
        width: card.narrow ? card.availableWidth : Math.min(card.availableWidth, 260)
        model: [{id: "", name: allText}, ...options]
        currentIndex: Math.max(0, model.findIndex(o => selected.length > 0 && o.id === selected[0]))
        Accessible.name: allText
        onActivated: picker.chosen(currentValue === "" ? [] : [currentValue])
    }

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingS

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: [["quarter", qsTr("Quarter")], ["month", qsTr("Month")],
                        ["range", qsTr("Dates")], ["all", qsTr("All time")]]
                delegate: ItsChip {
                    required property var modelData
                    objectName: "periodKind_" + modelData[0]
                    text: modelData[1]
                    checked: card.findings.periodKind === modelData[0]
                    onClicked: card.findings.periodKind = modelData[0]
                }
            }
        }
        ReviewFilterBox {
            objectName: "periodBox"
            visible: card.findings.periodKind === "month" || card.findings.periodKind === "quarter"
            Layout.fillWidth: card.narrow
            Layout.preferredWidth: card.narrow ? -1 : 260
            model: card.findings.periodOptions
            currentIndex: card.indexOf(card.findings.periodOptions, card.findings.periodKey)
            Accessible.name: qsTr("Period")
            onActivated: card.findings.periodKey = currentValue
        }
        Flow {
            Layout.fillWidth: true
            visible: card.findings.periodKind === "range"
            spacing: Theme.spacingS
            ItsTextField {
                objectName: "fromDateField"
                width: card.narrow ? card.availableWidth : 220
                label: qsTr("From (YYYY-MM-DD)")
                text: card.findings.fromDate
                onAccepted: card.findings.fromDate = text.trim()
                field.onEditingFinished: card.findings.fromDate = text.trim()
            }
            ItsTextField {
                objectName: "toDateField"
                width: card.narrow ? card.availableWidth : 220
                label: qsTr("To, included (YYYY-MM-DD)")
                text: card.findings.toDate
                onAccepted: card.findings.toDate = text.trim()
                field.onEditingFinished: card.findings.toDate = text.trim()
            }
        }
        ItsSwitch {
            objectName: "compareSwitch"
            Layout.fillWidth: true
            visible: card.findings.periodKind !== "all"
            text: qsTr("Compare with the period before")
            checked: card.findings.compare
            onToggled: card.findings.compare = checked
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Picker {
                objectName: "journeyFilter"
                allText: qsTr("All journeys")
                options: card.findings.journeyOptions
                selected: card.findings.journeys
                onChosen: ids => card.findings.journeys = ids
            }
            Picker {
                objectName: "departmentFilter"
                allText: qsTr("All departments")
                options: card.named(card.findings.departmentOptions, Vocabulary.departmentLabel)
                selected: card.findings.departments
                onChosen: ids => card.findings.departments = ids
            }
            Picker {
                objectName: "channelFilter"
                allText: qsTr("All channels")
                options: card.named(card.findings.channelOptions, Vocabulary.channelLabel)
                selected: card.findings.channels
                onChosen: ids => card.findings.channels = ids
            }
            Picker {
                objectName: "leaderFilter"
                allText: qsTr("All leaders")
                options: card.findings.leaderOptions
                selected: card.findings.leaders
                onChosen: ids => card.findings.leaders = ids
            }
        }
        ItsLabel {
            objectName: "findingsStatus"
            Layout.fillWidth: true
            role: "caption"
            muted: true
            text: card.findings.busy ? qsTr("Updating the findings…")
                : !card.findings.ready ? ""
                : card.findings.noWalksMatch ? qsTr("%1: no walks match").arg(card.findings.periodLabel)
                : card.findings.compared ? qsTr("%1 compared with %2 · %n walk(s)", "", card.findings.walks)
                                           .arg(card.findings.periodLabel).arg(card.findings.previousLabel)
                : qsTr("%1 · %n walk(s)", "", card.findings.walks).arg(card.findings.periodLabel)
        }
        ItsBanner {
            objectName: "findingsError"
            Layout.fillWidth: true
            visible: card.findings.errorString.length > 0
            tone: "danger"
            text: card.findings.errorString
        }
    }
}
