pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Devices of the review circle: pending enrollment requests (accept after comparing the
// fingerprint with the executive, or reject for good), enrolled devices (revoke), revoked ones
// and rejected requests.
ItsPage {
    id: page

    objectName: "reviewRosterPage"
    title: qsTr("Devices")

    property VaultSession session: AppController.session
    property alias roster: roster
    // The roster or the pending requests changed (the Review section's badge listens).
    signal devicesChanged()

    ReviewRosterModel {
        id: roster
        objectName: "reviewRosterModel"
        session: page.session
        credentials: AppController.syncCredentials
        onCountChanged: page.devicesChanged()
    }
    StackView.onActivated: roster.reload()

    function dateText(ms: real): string {
        return ms > 0 ? Vocabulary.dateTime(ms) : ""
    }
    function statusText(status: string): string {
        if (status === "pending") return qsTr("Waiting for you")
        if (status === "revoked") return qsTr("Revoked")
        if (status === "rejected") return qsTr("Rejected")
        return qsTr("Enrolled")
    }

    actions: ItsButton {
        objectName: "rosterRefreshButton"
        kind: "flat"
        text: roster.busy ? qsTr("Refreshing…") : qsTr("Refresh")
        enabled: !roster.busy
        onClicked: roster.reload()
    }

    ReviewRevokeDialog {
        id: revokeDialog
        parent: page.contentItem
        onConfirmed: id => roster.revoke(id)
    }
    ReviewRejectDialog {
        id: rejectDialog
        parent: page.contentItem
        onConfirmed: id => roster.reject(id)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        ItsBanner {
            objectName: "rosterError"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            Layout.bottomMargin: 0
            visible: roster.errorString.length > 0
            tone: "danger"
            text: roster.errorString
        }
        ItsBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            visible: roster.problems.length > 0
            tone: "warning"
            text: qsTr("Request files ignored because they could not be verified: %1").arg(roster.problems.length)
        }

        ListView {
            id: list
            objectName: "rosterList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: roster
            spacing: Theme.spacingS
            topMargin: Theme.spacingM
            bottomMargin: Theme.spacingM
            ScrollBar.vertical: ScrollBar {}

            delegate: ItsCard {
                id: card
                required property string deviceId
                required property string label
                required property string fingerprint
                required property string status
                required property real enrolledMs
                required property real revokedMs
                required property real requestedMs
                required property real rejectedMs
                objectName: "rosterRow_" + deviceId
                x: Math.max(Theme.spacingM, (list.width - width) / 2)
                width: Math.min(list.width - 2 * Theme.spacingM, Theme.maxContentWidth)
                fillColor: status === "pending" ? Theme.primarySoft : Theme.surface

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingXs
                    RowLayout {
                        Layout.fillWidth: true
                        ItsLabel {
                            Layout.fillWidth: true
                            text: card.label.length > 0 ? card.label : qsTr("(no name)")
                            role: "title"
                            color: card.status === "pending" ? Theme.inkOnPrimarySoft : Theme.text
                            elide: Text.ElideRight
                            wrapMode: Text.NoWrap
                        }
                        ItsLabel {
                            objectName: "rosterStatus_" + card.deviceId
                            text: page.statusText(card.status)
                            font.weight: Font.DemiBold
                            color: card.status === "revoked" || card.status === "rejected" ? Theme.danger
                                 : card.status === "pending" ? Theme.inkOnPrimarySoft : Theme.success
                        }
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        text: qsTr("Key fingerprint: %1").arg(card.fingerprint)
                        font.family: "monospace"
                        wrapMode: Text.Wrap
                        color: card.status === "pending" ? Theme.inkOnPrimarySoft : Theme.text
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        role: "caption"
                        color: card.status === "pending" ? Theme.inkOnPrimarySoft : Theme.textMuted
                        text: card.status === "pending" ? qsTr("Requested %1. Compare the fingerprint with the executive before accepting.").arg(page.dateText(card.requestedMs))
                            : card.status === "revoked" ? qsTr("Enrolled %1, revoked %2").arg(page.dateText(card.enrolledMs)).arg(page.dateText(card.revokedMs))
                            : card.status === "rejected" ? qsTr("Request rejected %1").arg(page.dateText(card.rejectedMs))
                            : qsTr("Enrolled %1").arg(page.dateText(card.enrolledMs))
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: card.status === "pending"
                        spacing: Theme.spacingS
                        layoutDirection: Qt.RightToLeft
                        ItsButton {
                            objectName: "acceptButton_" + card.deviceId
                            kind: "primary"
                            text: qsTr("Accept")
                            Accessible.name: qsTr("Accept %1").arg(card.label)
                            onClicked: roster.accept(card.deviceId)
                        }
                        ItsButton {
                            objectName: "rejectButton_" + card.deviceId
                            kind: "secondary"
                            text: qsTr("Reject…")
                            Accessible.name: qsTr("Reject the request of %1").arg(card.label)
                            onClicked: {
                                rejectDialog.deviceId = card.deviceId
                                rejectDialog.deviceLabel = card.label
                                rejectDialog.open()
                            }
                        }
                    }
                    ItsButton {
                        objectName: "revokeButton_" + card.deviceId
                        Layout.alignment: Qt.AlignRight
                        visible: card.status === "enrolled"
                        kind: "danger"
                        text: qsTr("Revoke…")
                        Accessible.name: qsTr("Revoke %1").arg(card.label)
                        onClicked: {
                            revokeDialog.deviceId = card.deviceId
                            revokeDialog.deviceLabel = card.label
                            revokeDialog.open()
                        }
                    }
                }
            }

            ItsLabel {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingXl
                horizontalAlignment: Text.AlignHCenter
                visible: list.count === 0
                muted: true
                text: qsTr("No devices yet. Give an executive an invitation; their request appears here.")
            }
        }
    }
}
