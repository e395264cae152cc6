pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import InTheirShoes

// Past and running walks with filters (status, sector, date). Open one to continue or review
// it, reopen a finished one, export the full walk or its summary to a file you choose.
ItsPage {
    id: page

    objectName: "historyPage"
    title: qsTr("Walks")

    property alias history: history
    property string exportWalkId
    property string exportKind // "walk" or "summary"
    property string exportMessage
    property bool exportFailed: false

    WalkHistoryModel {
        id: history
        objectName: "historyModel"
        session: AppController.session
    }
    // Walks change on other pages: refresh whenever this page comes back into view.
    onVisibleChanged: if (visible) history.reload()
    StackView.onActivated: history.reload()

    function openWalk(walkId: string) {
        page.StackView.view.push(Qt.resolvedUrl("WalkPage.qml"), {walkId: walkId})
    }
    function askExport(walkId: string, kind: string) {
        page.exportWalkId = walkId
        page.exportKind = kind
        saveDialog.selectedFile = ""
        saveDialog.open()
    }

    FileDialog {
        id: saveDialog
        objectName: "exportDialog"
        fileMode: FileDialog.SaveFile
        title: page.exportKind === "walk" ? qsTr("Export the walk (private backup)") : qsTr("Export the summary")
        nameFilters: [qsTr("JSON files (*.json)")]
        defaultSuffix: "json"
        onAccepted: {
            const error = page.exportKind === "walk" ? history.exportWalk(page.exportWalkId, selectedFile)
                                                     : history.exportSummary(page.exportWalkId, selectedFile)
            page.exportFailed = error.length > 0
            page.exportMessage = error.length > 0 ? error : qsTr("Saved to %1").arg(selectedFile.toString())
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Flow {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            Layout.bottomMargin: 0
            spacing: Theme.spacingXs
            Repeater {
                model: [["", qsTr("All")], ["in_progress", qsTr("In progress")], ["finished", qsTr("Finished")]]
                delegate: ItsChip {
                    required property var modelData
                    objectName: "statusFilter_" + (modelData[0].length > 0 ? modelData[0] : "all")
                    text: modelData[1]
                    checked: history.status === modelData[0]
                    onClicked: history.status = modelData[0]
                }
            }
            Repeater {
                model: [[0, qsTr("Any date")], [7, qsTr("Last 7 days")], [30, qsTr("Last 30 days")]]
                delegate: ItsChip {
                    required property var modelData
                    objectName: "dateFilter_" + modelData[0]
                    text: modelData[1]
                    checked: history.withinDays === modelData[0]
                    onClicked: history.withinDays = modelData[0]
                }
            }
            ItsComboBox {
                objectName: "sectorFilterBox"
                model: ["", ...Vocabulary.sectors()]
                words: "sector"
                emptyLabel: qsTr("All sectors")
                Accessible.name: qsTr("Sector")
                onActivated: index => history.sector = model[index]
            }
        }
        ItsBanner {
            objectName: "exportResult"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            visible: page.exportMessage.length > 0 || history.errorString.length > 0
            tone: page.exportFailed || history.errorString.length > 0 ? "danger" : "success"
            text: history.errorString.length > 0 ? history.errorString : page.exportMessage
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: history
            delegate: WalkHistoryDelegate {
                width: ListView.view.width
                sync: AppController.outbox.walkStates[walkId] ?? ({})
                onOpenRequested: page.openWalk(walkId)
                onReopenRequested: history.reopen(walkId)
                onExportRequested: kind => page.askExport(walkId, kind)
            }
            ItsLabel {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingXl
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0
                muted: true
                text: qsTr("No walks yet. Start one from the journey library.")
            }
        }
    }
}
