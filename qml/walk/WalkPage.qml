import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// A walk: the journey's stages and touchpoints and where you are. Phone: the list, a tap opens
// the contact screen. Desktop: list and contact side by side. Starts a new walk from
// `templateId`, or opens `walkId` (reopened from history or after a restart).
ItsPage {
    id: page

    objectName: "walkPage"
    title: walk.loaded ? walk.journeyName : qsTr("Walk")

    property string templateId
    property string persona
    // The language of the journey shown in the preview: the walk keeps that copy.
    property string language
    property string walkId
    property alias walk: walk
    readonly property bool wide: width >= Theme.splitBreakpoint - Theme.navRailWidth

    WalkController {
        id: walk
        objectName: "walkController"
        session: AppController.session
        onSummaryRequested: page.showSummary()
    }

    Component.onCompleted: {
        if (page.walkId.length > 0)
            walk.loadWalk(page.walkId)
        else if (page.templateId.length > 0)
            walk.startWalk(page.templateId, page.persona, page.language)
    }

    function openStep(row: int) {
        walk.currentStep = row
        if (!page.wide)
            page.StackView.view.push(contactComponent)
    }
    function showSummary() {
        page.StackView.view.push(summaryComponent)
    }

    actions: [
        ItsButton {
            objectName: "summaryButton"
            kind: "flat"
            enabled: walk.loaded
            text: qsTr("Summary")
            Accessible.name: qsTr("Show the walk summary")
            onClicked: page.showSummary()
        }
    ]

    // Required properties are set here, not through push(): StackView in Qt 6.4 does not
    // initialise required properties from push()'s property map.
    // This file keeps implicit component scopes (no pragma ComponentBehavior: Bound): Qt 6.4's
    // Loader and ListView section delegates cannot create bound components (they stay empty),
    // so the components below that reach the page's ids are exempt from that check.
    // qmllint disable unqualified
    Component {
        id: contactComponent
        ContactPage { walk: page.walk }
    }
    Component {
        id: summaryComponent
        SummaryPage { walk: page.walk }
    }
    // qmllint enable unqualified

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 340 : -1
            spacing: 0

            ItsBanner {
                objectName: "walkError"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingS
                visible: walk.errorString.length > 0
                tone: "danger"
                text: walk.errorString
            }
            ItsLabel {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingM
                muted: true
                visible: walk.loaded
                text: (walk.finished ? qsTr("Finished walk as %1") : qsTr("Walking as %1")).arg(walk.persona)
            }
            ListView {
                id: steps
                objectName: "stepList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: walk.steps
                currentIndex: walk.currentStep
                section.property: "stageName"
                section.delegate: ItsLabel {
                    required property string section
                    width: ListView.view.width
                    leftPadding: Theme.spacingM
                    topPadding: Theme.spacingM
                    bottomPadding: Theme.spacingXs
                    role: "caption"
                    font.weight: Font.DemiBold
                    muted: true
                    text: section.toUpperCase()
                    Accessible.role: Accessible.Heading
                }
                // qmllint disable unqualified
                delegate: StepDelegate {
                    width: ListView.view.width
                    current: index === page.walk.currentStep
                    onClicked: page.openStep(index)
                }
                // qmllint enable unqualified
            }
            ItsButton {
                objectName: "continueButton"
                visible: !page.wide && walk.loaded && !walk.finished
                Layout.fillWidth: true
                Layout.margins: Theme.spacingM
                Layout.preferredHeight: Theme.largeTouchTarget
                kind: "primary"
                text: qsTr("Continue: %1").arg(walk.steps.count > 0 && walk.currentStep >= 0
                                                 ? steps.currentItem ? (steps.currentItem as StepDelegate).name : "" : "")
                onClicked: page.openStep(walk.currentStep)
            }
        }
        Rectangle {
            visible: page.wide
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }
        Loader {
            objectName: "contactPane"
            visible: page.wide
            active: page.wide && walk.loaded
            Layout.fillWidth: true
            Layout.fillHeight: true
            // qmllint disable unqualified
            sourceComponent: ContactPage {
                walk: page.walk
            }
            // qmllint enable unqualified
        }
    }
}
