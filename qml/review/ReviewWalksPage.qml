pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The walks behind a figure, newest first; each opens its summary (ReviewSummaryPage).
// (No ListView header or footer: Qt 6.4 leaves them null in a Bound file, see ReviewInboxPage.)
ItsPage {
    id: page

    required property ReviewFindingsController findings
    property var walkIds: []

    objectName: "reviewWalksPage"

    ReviewWalkListModel {
        id: walks
        findings: page.findings
        walkIds: page.walkIds
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
        ItsLabel {
            Layout.fillWidth: true
            muted: true
            text: walks.count > 0 ? qsTr("The %n walk(s) behind this figure", "", walks.count) : qsTr("No walks match")
        }
        ListView {
            id: list
            objectName: "walksList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: walks
            spacing: Theme.spacingXs
            ScrollBar.vertical: ScrollBar {}
            delegate: ReviewWalkDelegate {
                width: list.width
                onSummaryRequested: walkId => page.StackView.view.push(Qt.resolvedUrl("ReviewSummaryPage.qml"),
                                                                      {detail: page.findings.detail(walkId)})
            }
        }
    }
}
