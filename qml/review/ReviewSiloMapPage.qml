pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The silo map: customers handed from the department owning a touchpoint (rows) to the one they
// were sent to (columns), with counts and the repeats that followed (↻); below it the same
// handoffs as a list, most first, which reads well on a phone and with a screen reader.
ItsPage {
    id: page

    required property ReviewFindingsController findings

    objectName: "reviewSiloMapPage"
    title: qsTr("Silo map")

    ReviewSiloModel {
        id: silo
        findings: page.findings
    }

    readonly property bool narrow: page.width < 600
    readonly property real labelWidth: narrow ? 104 : 170
    // On a phone the columns share what the row labels leave (4 departments fit at 390 px).
    readonly property real cellSize: {
        const n = Math.max(1, silo.departments.length)
        const free = (page.width - 2 * Theme.spacingM - labelWidth) / n - 2
        return narrow ? Math.max(56, Math.min(72, Math.floor(free))) : 96
    }
    // Column names are written upwards when one does not fit across its column, so no name is
    // cut ("Fatturazione" in a phone's column); the header then grows to the longest name.
    readonly property real longestName: {
        let longest = 0
        for (const id of silo.departments) {
            nameMetrics.text = page.word(Vocabulary.departmentLabel(id))
            longest = Math.max(longest, Math.ceil(nameMetrics.advanceWidth))
        }
        return longest
    }
    readonly property bool upright: longestName > cellSize - 6
    readonly property real headerHeight: upright ? longestName + Theme.spacingS : 52
    TextMetrics {
        id: nameMetrics
        font.pixelSize: Theme.fontCaption
    }
    function word(text: string): string { return AppController.effectiveLanguage.length > 0 ? text : text }
    function openWalks(title: string, walkIds: var) {
        page.StackView.view.push(Qt.resolvedUrl("ReviewWalksPage.qml"),
                                 {findings: page.findings, title: title, walkIds: walkIds})
    }
    // The handoffs there are, most first: indexes into the model.
    readonly property var flows: {
        let list = [silo.revision].slice(1)
        for (let i = 0; i < silo.count; ++i)
            if (silo.get(i).handoffs > 0) list.push(i)
        return list.sort((a, b) => silo.get(b).handoffs - silo.get(a).handoffs)
    }
    function chartText(): string {
        return qsTr("Silo map") + ". " + page.flows.map(i => {
            const c = silo.get(i)
            return qsTr("%1 to %2: %3 handoffs, %4 repeats after").arg(page.word(Vocabulary.departmentLabel(c.from)))
                       .arg(page.word(Vocabulary.departmentLabel(c.to))).arg(c.handoffs).arg(c.repeatsAfter)
        }).join("; ")
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
            x: Theme.spacingM
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingM
            spacing: Theme.spacingM

            ItsLabel {
                Layout.fillWidth: true
                muted: true
                text: page.findings.noWalksMatch ? qsTr("No walks match")
                    : silo.count === 0 ? qsTr("No handoffs in these walks.")
                    : qsTr("%1 · %n handoff(s)", "", silo.handoffs).arg(page.findings.periodLabel)
            }
            ItsLabel {
                Layout.fillWidth: true
                visible: silo.count > 0
                role: "caption"
                muted: true
                text: qsTr("Rows: the department the customer was with. Columns: the one they were handed to. ↻ repeats: how often they had to repeat themselves after.")
            }
            Flickable {
                id: matrix
                objectName: "siloMatrix"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                visible: silo.count > 0
                contentWidth: page.labelWidth + silo.departments.length * (page.cellSize + 2)
                contentHeight: page.headerHeight + 4 + silo.departments.length * (page.cellSize + 2)
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.horizontal: ScrollBar { visible: matrix.contentWidth > matrix.width; policy: ScrollBar.AlwaysOn }
                Accessible.role: Accessible.Table
                Accessible.name: page.chartText()

                Repeater {
                    model: silo.departments
                    delegate: Item {
                        id: columnHead
                        required property int index
                        required property string modelData
                        x: page.labelWidth + index * (page.cellSize + 2)
                        width: page.cellSize
                        height: page.headerHeight
                        Text {
                            objectName: "siloColumn_" + columnHead.modelData
                            anchors.centerIn: parent
                            // Upright: turned a quarter to the left, the name ending at the top.
                            rotation: page.upright ? -90 : 0
                            width: page.upright ? parent.height : parent.width
                            height: page.upright ? parent.width : parent.height
                            text: page.word(Vocabulary.departmentLabel(columnHead.modelData))
                            color: Theme.text
                            font.pixelSize: Theme.fontCaption
                            wrapMode: page.upright ? Text.NoWrap : Text.WordWrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            horizontalAlignment: page.upright ? Text.AlignLeft : Text.AlignHCenter
                            verticalAlignment: page.upright ? Text.AlignVCenter : Text.AlignBottom
                        }
                    }
                }
                Repeater {
                    model: silo.departments
                    delegate: Text {
                        required property int index
                        required property string modelData
                        objectName: "siloRow_" + modelData
                        y: page.headerHeight + 4 + index * (page.cellSize + 2)
                        width: page.labelWidth - Theme.spacingS
                        height: page.cellSize
                        text: page.word(Vocabulary.departmentLabel(modelData))
                        color: Theme.text
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Repeater {
                    model: silo
                    delegate: ReviewSiloCellDelegate {
                        x: page.labelWidth + toIndex * (page.cellSize + 2)
                        y: page.headerHeight + 4 + fromIndex * (page.cellSize + 2)
                        width: page.cellSize
                        height: page.cellSize
                        onWalksRequested: (title, walkIds) => page.openWalks(title, walkIds)
                    }
                }
            }
            ItsCard {
                id: flowsCard
                objectName: "siloFlows"
                Layout.fillWidth: true
                visible: page.flows.length > 0
                ColumnLayout {
                    width: flowsCard.availableWidth
                    spacing: Theme.spacingXs
                    ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Handoffs, most first") }
                    Repeater {
                        model: page.flows
                        delegate: ItemDelegate {
                            id: flow
                            required property int modelData
                            readonly property var source: silo.get(modelData)
                            objectName: "siloFlow_" + source.from + "_" + source.to
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                            readonly property string pairText: qsTr("%1 → %2").arg(page.word(Vocabulary.departmentLabel(source.from)))
                                                                              .arg(page.word(Vocabulary.departmentLabel(source.to)))
                            readonly property string figuresText: qsTr("%n handoff(s)", "", source.handoffs) + " · "
                                                                  + qsTr("%n repeat(s) after", "", source.repeatsAfter)
                            Accessible.name: pairText + ", " + figuresText
                            onClicked: page.openWalks(flow.pairText, flow.source.walkIds)
                            background: Rectangle { color: flow.down ? Theme.surfaceAlt : "transparent"; radius: Theme.radiusS }
                            contentItem: ColumnLayout {
                                spacing: 2
                                ItsLabel { Layout.fillWidth: true; font.weight: Font.DemiBold; text: flow.pairText }
                                ReviewBar { Layout.fillWidth: true; share: flow.source.share }
                                ItsLabel { Layout.fillWidth: true; role: "caption"; text: flow.figuresText }
                            }
                        }
                    }
                }
            }
        }
    }
}
