import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The unlocked app: Library, Walks, Pending waits, Settings and, for the CCO (role "review"),
// Review. Wide windows get a navigation
// list beside the content (split view); narrow ones a bottom tab bar (one column).
// Each section is its own StackView, so pages can push details with StackView.view.push().
Item {
    id: home

    objectName: "homePage"
    property int currentSection: 0
    readonly property bool wide: width >= Theme.splitBreakpoint
    // The CCO also gets the Review section (index 4); the executive sections stay available.
    readonly property bool reviewer: AppController.settings.role === "review"
    readonly property StackView reviewStack: reviewLoader.item as StackView
    readonly property StackView currentStack: currentSection === 0 ? libraryStack
                                            : currentSection === 1 ? historyStack
                                            : currentSection === 2 ? waitsStack
                                            : currentSection === 4 ? reviewStack : settingsStack

    onReviewerChanged: if (!reviewer && currentSection === 4) currentSection = 0
    // Back from a walk (or anywhere): a contact may have started or ended a long wait.
    onCurrentSectionChanged: waitsModel.reload()

    // One model for the Waits page, its nav badge and the overdue banner. Its timer re-measures
    // the waits every minute, so a wait falling due shows without a reload.
    readonly property PendingWaitsModel pendingWaits: waitsModel
    PendingWaitsModel {
        id: waitsModel
        objectName: "pendingWaits"
        session: AppController.session
    }

    // Enrollment requests waiting for the CCO: the Review section's badge.
    ReviewRequestWatcher {
        id: reviewRequests
        objectName: "reviewRequestWatcher"
        active: home.reviewer && AppController.session.unlocked
        stack: home.reviewStack
    }

    function sectionTitle(index: int): string {
        switch (index) {
        case 0: return qsTr("Journey library")
        case 1: return qsTr("Walks")
        case 2: return qsTr("Pending waits")
        case 4: return qsTr("Review circle")
        default: return qsTr("Settings")
        }
    }
    function sectionShortTitle(index: int): string {
        switch (index) {
        case 0: return qsTr("Library")
        case 1: return qsTr("Walks")
        case 2: return qsTr("Waits")
        case 4: return qsTr("Review")
        default: return qsTr("Settings")
        }
    }
    function showSection(index: int) {
        if (index === 4 && !home.reviewer)
            return
        if (index === home.currentSection && home.currentStack && home.currentStack.depth > 1)
            home.currentStack.pop(null)
        home.currentSection = index
    }

    Shortcut {
        sequence: "Ctrl+1"
        context: Qt.ApplicationShortcut
        onActivated: home.showSection(0)
    }
    Shortcut {
        sequence: "Ctrl+2"
        context: Qt.ApplicationShortcut
        onActivated: home.showSection(1)
    }
    Shortcut {
        sequence: "Ctrl+3"
        context: Qt.ApplicationShortcut
        onActivated: home.showSection(2)
    }
    Shortcut {
        sequence: "Ctrl+4"
        context: Qt.ApplicationShortcut
        onActivated: home.showSection(3)
    }
    Shortcut {
        sequence: "Ctrl+5"
        context: Qt.ApplicationShortcut
        enabled: home.reviewer
        onActivated: home.showSection(4)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Desktop: navigation list
        Rectangle {
            objectName: "navRail"
            visible: home.wide
            Layout.preferredWidth: Theme.navRailWidth
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                ItsLabel {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingS
                    role: "title"
                    text: qsTr("InTheirShoes")
                }
                ItsNavItem {
                    objectName: "nav_0"
                    Layout.fillWidth: true
                    text: home.sectionTitle(0)
                    shortcutHint: "Ctrl+1"
                    current: home.currentSection === 0
                    onClicked: home.showSection(0)
                }
                ItsNavItem {
                    objectName: "nav_1"
                    Layout.fillWidth: true
                    text: home.sectionTitle(1)
                    shortcutHint: "Ctrl+2"
                    current: home.currentSection === 1
                    onClicked: home.showSection(1)
                }
                ItsNavItem {
                    objectName: "nav_2"
                    Layout.fillWidth: true
                    badgeCount: waitsModel.overdueCount
                    badgeText: qsTr("%n overdue", "", waitsModel.overdueCount)
                    text: home.sectionTitle(2)
                    shortcutHint: "Ctrl+3"
                    current: home.currentSection === 2
                    onClicked: home.showSection(2)
                }
                ItsNavItem {
                    objectName: "nav_3"
                    Layout.fillWidth: true
                    text: home.sectionTitle(3)
                    shortcutHint: "Ctrl+4"
                    current: home.currentSection === 3
                    onClicked: home.showSection(3)
                }
                ItsNavItem {
                    objectName: "nav_4"
                    Layout.fillWidth: true
                    visible: home.reviewer
                    badgeCount: reviewRequests.pendingCount
                    badgeText: qsTr("%n request(s) waiting", "", reviewRequests.pendingCount)
                    text: home.sectionTitle(4)
                    shortcutHint: "Ctrl+5"
                    current: home.currentSection === 4
                    onClicked: home.showSection(4)
                }
                Item { Layout.fillHeight: true }
                ItsButton {
                    objectName: "lockButton"
                    Layout.fillWidth: true
                    text: qsTr("Lock (Ctrl+L)")
                    Accessible.name: qsTr("Lock the vault")
                    onClicked: AppController.lockNow()
                }
            }
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.divider
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Outside the Waits section (which has its own banner): a wait has fallen due.
            RowLayout {
                objectName: "homeOverdueRow"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingS
                visible: waitsModel.overdueCount > 0 && home.currentSection !== 2
                spacing: Theme.spacingS
                ItsBanner {
                    objectName: "homeOverdueBanner"
                    Layout.fillWidth: true
                    tone: "warning"
                    // The Waits page's own sentence, so both languages reuse its plural forms.
                    text: qsTranslate("WaitsPage", "%n wait(s) past the target time. Has the answer arrived?", "", waitsModel.overdueCount)
                }
                ItsButton {
                    objectName: "showOverdueWaits"
                    kind: "secondary"
                    text: qsTr("Show waits")
                    Accessible.name: qsTr("Show the pending waits")
                    onClicked: home.showSection(2)
                }
            }

            StackLayout {
                id: stacks
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: home.currentSection

                StackView {
                    id: libraryStack
                    objectName: "libraryStack"
                    initialItem: LibraryPage {}
                }
                StackView {
                    id: historyStack
                    objectName: "historyStack"
                    initialItem: HistoryPage {}
                }
                StackView {
                    id: waitsStack
                    objectName: "waitsStack"
                    initialItem: WaitsPage {
                        waits: waitsModel
                    }
                }
                StackView {
                    id: settingsStack
                    objectName: "settingsStack"
                    initialItem: SettingsPage {}
                }
                // Built only for the CCO, so executives never load the review controllers.
                Loader {
                    id: reviewLoader
                    active: home.reviewer
                    sourceComponent: Component {
                        StackView {
                            objectName: "reviewStack"
                            initialItem: ReviewSetupPage {}
                        }
                    }
                }
            }

            // Phone: bottom tab bar (locking: Settings, auto-lock, or leaving the app)
            Rectangle {
                objectName: "tabBar"
                visible: !home.wide
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget + 2 * Theme.spacingS
                color: Theme.surface
                Rectangle { width: parent.width; height: 1; color: Theme.divider }

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXs
                    spacing: Theme.spacingXs
                    ItsTabButton {
                        objectName: "tab_0"
                        Layout.fillWidth: true
                        text: home.sectionShortTitle(0)
                        Accessible.name: home.sectionTitle(0)
                        current: home.currentSection === 0
                        onClicked: home.showSection(0)
                    }
                    ItsTabButton {
                        objectName: "tab_1"
                        Layout.fillWidth: true
                        text: home.sectionShortTitle(1)
                        Accessible.name: home.sectionTitle(1)
                        current: home.currentSection === 1
                        onClicked: home.showSection(1)
                    }
                    ItsTabButton {
                        id: waitsTab
                        objectName: "tab_2"
                        Layout.fillWidth: true
                        text: home.sectionShortTitle(2)
                        Accessible.name: waitsModel.overdueCount > 0
                                         ? home.sectionTitle(2) + ", " + qsTr("%n overdue", "", waitsModel.overdueCount)
                                         : home.sectionTitle(2)
                        current: home.currentSection === 2
                        onClicked: home.showSection(2)
                        ItsCountBadge {
                            objectName: "tabBadge"
                            anchors.top: parent.top
                            anchors.right: parent.right
                            anchors.topMargin: Theme.spacingXs / 2
                            anchors.rightMargin: Theme.spacingXs
                            count: waitsModel.overdueCount
                        }
                    }
                    ItsTabButton {
                        objectName: "tab_3"
                        Layout.fillWidth: true
                        text: home.sectionShortTitle(3)
                        Accessible.name: home.sectionTitle(3)
                        current: home.currentSection === 3
                        onClicked: home.showSection(3)
                    }
                    ItsTabButton {
                        objectName: "tab_4"
                        Layout.fillWidth: true
                        visible: home.reviewer
                        text: home.sectionShortTitle(4)
                        Accessible.name: reviewRequests.pendingCount > 0
                                         ? home.sectionTitle(4) + ", " + qsTr("%n request(s) waiting", "", reviewRequests.pendingCount)
                                         : home.sectionTitle(4)
                        current: home.currentSection === 4
                        onClicked: home.showSection(4)
                        ItsCountBadge {
                            objectName: "reviewTabBadge"
                            anchors.top: parent.top
                            anchors.right: parent.right
                            anchors.topMargin: Theme.spacingXs / 2
                            anchors.rightMargin: Theme.spacingXs
                            count: reviewRequests.pendingCount
                        }
                    }
                }
            }
        }
    }
}
