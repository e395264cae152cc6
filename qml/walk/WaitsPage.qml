pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Long waits still running: the email reply, the letter, the promised callback. Each shows how
// long it has been; overdue ones (past their target, or a day without one) are flagged. When
// the answer arrives, move the contact on or end it here.
ItsPage {
    id: page

    objectName: "waitsPage"
    title: page.waits.overdueCount > 0 ? qsTr("Pending waits (%1 overdue)").arg(page.waits.overdueCount) : qsTr("Pending waits")

    // Home's model: the same one counts the overdue waits for the nav badge and the banner.
    required property PendingWaitsModel waits
    onVisibleChanged: if (visible) page.waits.reload()

    OutcomeDialog {
        id: outcomeDialog
        property int row: -1
        onPicked: outcome => page.waits.close(row, outcome)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        ItsBanner {
            objectName: "overdueBanner"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            Layout.bottomMargin: 0
            visible: page.waits.overdueCount > 0
            tone: "warning"
            text: qsTr("%n wait(s) past the target time. Has the answer arrived?", "", page.waits.overdueCount)
        }
        ItsBanner {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            visible: page.waits.errorString.length > 0
            tone: "danger"
            text: page.waits.errorString
        }
        ListView {
            id: list
            objectName: "waitsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.waits
            delegate: WaitDelegate {
                width: ListView.view.width
                onArrived: page.waits.moveOn(index)
                onEndRequested: {
                    outcomeDialog.row = index
                    outcomeDialog.open()
                }
            }
            ItsLabel {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingXl
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0
                muted: true
                text: qsTr("No pending waits. When a contact waits for an email, a letter or a callback, it shows here until the answer arrives.")
            }
        }
    }
}
