import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// The unlocked app: Library, Walks, Pending waits and Settings. Wide windows get a navigation
// list beside the content (split view); narrow ones a bottom tab bar (one column).
// Each section is its own StackView, so pages can push details with StackView.view.push().
Item {
    id: home

    objectName: "homePage"
    property int currentSection: 0
    readonly property bool wide: width >= Theme.splitBreakpoint
    readonly property StackView currentStack: currentSection === 0 ? libraryStack
                                            : currentSection === 1 ? historyStack
                                            : currentSection === 2 ? waitsStack : settingsStack

    function sectionTitle(index: int): string {
        switch (index) {
        case 0: return qsTr("Journey library")
        case 1: return qsTr("Walks")
        case 2: return qsTr("Pending waits")
        default: return qsTr("Settings")
        }
    }
    function sectionShortTitle(index: int): string {
        switch (index) {
        case 0: return qsTr("Library")
        case 1: return qsTr("Walks")
        case 2: return qsTr("Waits")
        default: return qsTr("Settings")
        }
    }
    function showSection(index: int) {
        if (index === home.currentSection && home.currentStack && home.currentStack.depth > 1)
            home.currentStack.pop(null)
        home.currentSection = index
    }

    Repeater {
        model: 4
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                context: Qt.ApplicationShortcut
                onActivated: home.showSection(index)
            }
        }
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
                Repeater {
                    model: 4
                    delegate: ItsNavItem {
                        required property int index
                        objectName: "nav_" + index
                        Layout.fillWidth: true
                        text: home.sectionTitle(index)
                        shortcutHint: "Ctrl+" + (index + 1)
                        current: home.currentSection === index
                        onClicked: home.showSection(index)
                    }
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
                    initialItem: WaitsPage {}
                }
                StackView {
                    id: settingsStack
                    objectName: "settingsStack"
                    initialItem: SettingsPage {}
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
                    Repeater {
                        model: 4
                        delegate: ItsTabButton {
                            required property int index
                            objectName: "tab_" + index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            text: home.sectionShortTitle(index)
                            Accessible.name: home.sectionTitle(index)
                            current: home.currentSection === index
                            onClicked: home.showSection(index)
                        }
                    }
                }
            }
        }
    }
}
