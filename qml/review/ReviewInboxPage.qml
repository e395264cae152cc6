import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The review's inbox, newest first: pull new summaries (what arrived, what was rejected and
// why, and how many wait for a device not accepted yet, with the way to Devices), filter by
// journey, executive and date, see the pooled NPS and CES of what is listed, triage each row by
// its score, pain points and NPS answer, open a summary.
ItsPage {
    id: page

    objectName: "reviewInboxPage"
    title: qsTr("Inbox")

    property VaultSession session: AppController.session
    property alias inbox: inbox
    readonly property bool narrow: width < 520

    ReviewInboxModel {
        id: inbox
        objectName: "reviewInboxModel"
        session: page.session
        credentials: AppController.syncCredentials
        language: AppController.effectiveLanguage
    }
    StackView.onActivated: inbox.reload()

    function figureText(figure: var, decimals: int): string {
        if (!figure || figure.n === 0 || figure.value === null || figure.value === undefined)
            return qsTr("no answers")
        return Number(figure.value).toLocaleString(Qt.locale(), "f", decimals)
    }
    // Figures and pull results are maps (QVariantMap): read them through var parameters.
    function sampleText(figure: var): string {
        return figure.smallSample ? qsTr("n = %1 · too few to judge").arg(figure.n) : qsTr("n = %1").arg(figure.n)
    }
    function pullText(p: var): string {
        if (p.accepted === undefined)
            return ""
        let text = qsTr("New summaries: %1").arg(p.accepted)
        // Envelopes from devices not accepted yet are kept, not rejected: see waitingBanner.
        const rejected = p.tampered + p.revoked + p.replayed + p.other
        if (rejected > 0)
            text += " · " + qsTr("rejected: %1").arg(rejected) + " ("
                  + [[p.tampered, qsTr("tampered")],
                     [p.revoked, qsTr("revoked device")], [p.replayed, qsTr("replayed revision")],
                     [p.other, qsTr("other")]].filter(r => r[0] > 0).map(r => r[1] + " " + r[0]).join(", ") + ")"
        if (p.errors > 0)
            text += " · " + qsTr("not fetched, retried next time: %1").arg(p.errors)
        return text
    }
    function openSummary(walkId: string) {
        page.StackView.view.push(Qt.resolvedUrl("ReviewSummaryPage.qml"), {detail: inbox.detail(walkId)})
    }
    function openDevices() {
        page.StackView.view.push(Qt.resolvedUrl("ReviewRosterPage.qml"), {session: page.session})
    }
    // What triage needs from a row, in words: "Score 63/100 · 2 pain points · NPS 10, promoter".
    function triageText(meanScore: var, painPoints: int, recommend: var): string {
        const score = meanScore === null || meanScore === undefined ? qsTr("Not scored")
                                                                    : qsTr("Score %1/100").arg(Math.round(meanScore))
        const nps = recommend === null || recommend === undefined
                ? qsTr("NPS not answered")
                : qsTr("NPS %1, %2").arg(recommend)
                      .arg(recommend >= 9 ? qsTr("promoter") : recommend >= 7 ? qsTr("passive") : qsTr("detractor"))
        return score + " · " + qsTr("%n pain point(s)", "", painPoints) + " · " + nps
    }

    actions: Row {
        spacing: Theme.spacingS
        ItsButton {
            objectName: "reportButton"
            visible: !page.narrow // on a phone the title needs the room: see reportButtonNarrow
            text: qsTr("Report…")
            Accessible.name: qsTr("Make a board pack or a department brief")
            onClicked: exportDialog.open()
        }
        ItsButton {
            objectName: "pullButton"
            kind: "primary"
            text: inbox.busy ? qsTr("Pulling…") : qsTr("Pull now")
            enabled: !inbox.busy
            Accessible.name: inbox.busy ? qsTr("Pulling new summaries") : qsTr("Pull new summaries now")
            onClicked: inbox.pull()
        }
    }
    ReviewExportDialog {
        id: exportDialog
        parent: page
        session: page.session
    }

    ListView {
        id: list
        objectName: "inboxList"
        anchors.fill: parent
        clip: true
        model: inbox
        spacing: Theme.spacingXs
        bottomMargin: Theme.spacingL
        ScrollBar.vertical: ScrollBar {}
        readonly property real contentX0: Math.max(Theme.spacingM, (width - Math.min(width - 2 * Theme.spacingM, Theme.maxContentWidth)) / 2)
        readonly property real contentW: Math.min(width - 2 * Theme.spacingM, Theme.maxContentWidth)

        // Qt 6.4 cannot create a ListView header from a component bound to its file (pragma
        // ComponentBehavior: Bound; the header item silently stays null), so this file keeps
        // implicit component scopes and the header, rows and footer below reach the page's ids
        // directly. Only that check is silenced, and only here; the rest of the file is linted.
        // qmllint disable unqualified
        header: ColumnLayout {
            x: list.contentX0
            width: list.contentW
            spacing: Theme.spacingS
            Item { implicitHeight: Theme.spacingXs }
            ItsButton {
                objectName: "reportButtonNarrow"
                Layout.alignment: Qt.AlignRight
                visible: page.narrow
                text: qsTr("Report…")
                Accessible.name: qsTr("Make a board pack or a department brief")
                onClicked: exportDialog.open()
            }
            ItsBanner {
                objectName: "inboxError"
                Layout.fillWidth: true
                visible: inbox.errorString.length > 0
                tone: "danger"
                text: inbox.errorString
            }
            ItsBanner {
                objectName: "pullResult"
                Layout.fillWidth: true
                visible: text.length > 0
                tone: inbox.pullDetails.length > 0 ? "warning" : "success"
                text: page.pullText(inbox.lastPull)
            }
            ItsBanner {
                objectName: "waitingBanner"
                Layout.fillWidth: true
                visible: inbox.waitingForDevice > 0
                tone: "info"
                text: qsTr("%n summaries wait for a device you haven't accepted yet. They arrive with the next pull once you accept it.", "", inbox.waitingForDevice)
            }
            ItsButton {
                objectName: "openDevicesFromInbox"
                Layout.alignment: Qt.AlignRight
                visible: inbox.waitingForDevice > 0
                kind: "secondary"
                text: qsTr("Devices")
                Accessible.name: qsTr("Open Devices to accept the waiting device")
                onClicked: page.openDevices()
            }
            ItsLabel {
                objectName: "rejectedDeviceNote"
                Layout.fillWidth: true
                visible: inbox.rejectedDevice > 0
                role: "caption"
                muted: true
                text: qsTr("%n summaries come from devices whose request you rejected: they are not accepted.", "", inbox.rejectedDevice)
            }
            Repeater {
                model: inbox.pullDetails
                delegate: ItsLabel {
                    required property string modelData
                    Layout.fillWidth: true
                    role: "caption"
                    muted: true
                    wrapMode: Text.WrapAnywhere
                    text: modelData
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                ReviewFilterBox {
                    id: journeyBox
                    objectName: "journeyFilterBox"
                    // The whole row on a phone, a wide box on a desktop: long names wrap, never cut.
                    width: list.contentW < 600 ? list.contentW : Math.min(list.contentW, 480)
                    model: [{id: "", name: qsTr("All journeys")}, ...inbox.journeys]
                    currentIndex: Math.max(0, model.findIndex(j => j.id === inbox.journeyId))
                    Accessible.name: qsTr("Journey")
                    onActivated: inbox.journeyId = currentValue
                }
                ReviewFilterBox {
                    objectName: "executiveFilterBox"
                    width: list.contentW < 600 ? list.contentW : Math.min(list.contentW, 300)
                    model: [{id: "", name: qsTr("All executives")}, ...inbox.executives.map(e => ({id: e, name: e}))]
                    currentIndex: Math.max(0, model.findIndex(e => e.id === inbox.executive))
                    Accessible.name: qsTr("Executive")
                    onActivated: inbox.executive = currentValue
                }
                Repeater {
                    model: [[0, qsTr("Any date")], [7, qsTr("Last 7 days")], [30, qsTr("Last 30 days")]]
                    delegate: ItsChip {
                        required property var modelData
                        objectName: "inboxDate_" + modelData[0]
                        text: modelData[1]
                        checked: inbox.withinDays === modelData[0]
                        onClicked: inbox.withinDays = modelData[0]
                    }
                }
            }
            ItsCard {
                objectName: "pooledCard"
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingXs
                    // One block per figure; they wrap under each other on a phone.
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingL
                        Column {
                            spacing: Theme.spacingXs
                            ItsLabel { text: qsTr("NPS (pooled)"); muted: true }
                            ItsLabel { objectName: "pooledNps"; text: page.figureText(inbox.nps, 0); role: "headline" }
                            ItsLabel {
                                role: "caption"
                                color: inbox.nps.smallSample ? Theme.warning : Theme.textMuted
                                text: page.sampleText(inbox.nps)
                            }
                        }
                        Column {
                            spacing: Theme.spacingXs
                            ItsLabel { text: qsTr("CES 1–7 (pooled mean)"); muted: true }
                            ItsLabel { objectName: "pooledCes"; text: page.figureText(inbox.ces, 1); role: "headline" }
                            ItsLabel {
                                role: "caption"
                                color: inbox.ces.smallSample ? Theme.warning : Theme.textMuted
                                text: page.sampleText(inbox.ces)
                            }
                        }
                        Column {
                            spacing: Theme.spacingXs
                            ItsLabel { text: qsTr("CSAT (pooled share of 4–5)"); muted: true }
                            ItsLabel {
                                objectName: "pooledCsat"
                                text: inbox.csat.n > 0 && inbox.csat.value !== null
                                      ? qsTr("%1%").arg(page.figureText(inbox.csat, 0)) : qsTr("no answers")
                                role: "headline"
                            }
                            ItsLabel {
                                role: "caption"
                                color: inbox.csat.smallSample ? Theme.warning : Theme.textMuted
                                text: page.sampleText(inbox.csat)
                            }
                        }
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        role: "caption"
                        color: Theme.danger
                        text: inbox.pooledProblem
                    }
                }
            }
            ItsLabel {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Summaries listed: %1").arg(inbox.count)
            }
        }

        delegate: ItemDelegate {
            id: row
            required property string walkId
            required property int revision
            required property string journeyName
            required property string executive
            required property real finishedMs
            required property var meanScore
            required property int painPointCount
            required property var recommend
            objectName: "inboxRow_" + walkId
            x: list.contentX0
            width: list.contentW
            // Shown under the journey name and read out by screen readers.
            readonly property string dateLine: executive + " · " + Vocabulary.dateTime(finishedMs)
                                               + (revision > 1 ? " · " + qsTr("revision %1").arg(revision) : "")
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingS)
            readonly property string triageLine: page.triageText(meanScore, painPointCount, recommend)
            Accessible.name: qsTr("%1 by %2, %3").arg(journeyName).arg(executive).arg(dateLine) + ", " + triageLine
            onClicked: page.openSummary(row.walkId)
            background: Rectangle {
                radius: Theme.radiusM
                color: row.down ? Theme.surfaceAlt : Theme.surface
                border.width: row.visualFocus ? 3 : 1
                border.color: row.visualFocus ? Theme.focus : Theme.divider
            }
            contentItem: ColumnLayout {
                spacing: 2
                ItsLabel { Layout.fillWidth: true; text: row.journeyName; font.weight: Font.DemiBold }
                ItsLabel {
                    objectName: "inboxTriage_" + row.walkId
                    Layout.fillWidth: true
                    text: row.triageLine
                }
                ItsLabel {
                    Layout.fillWidth: true
                    role: "caption"
                    muted: true
                    text: row.dateLine
                }
            }
        }

        footer: ItsLabel {
            x: list.contentX0
            width: list.contentW
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            topPadding: Theme.spacingXl
            muted: true
            text: qsTr("No summaries yet. Pull to fetch what enrolled executives have sent.")
        }
        // qmllint enable unqualified
    }
}
