import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import InTheirShoes

// The journey library: search, filter by sector and channel, import a file. On a phone a tap
// opens the preview; on a desktop the preview sits beside the list (split view).
ItsPage {
    id: page

    objectName: "libraryPage"
    title: qsTr("Journey library")

    readonly property bool wide: width >= Theme.splitBreakpoint
    property string selectedId
    property alias templates: templateModel

    function open(templateId: string) {
        page.selectedId = templateId
        if (!page.wide)
            page.StackView.view.push(previewComponent, {templateId: templateId, stack: page.StackView.view})
    }

    TemplateListModel {
        id: templateModel
        objectName: "templateModel"
        session: AppController.session
        language: AppController.effectiveLanguage
        onCountChanged: {
            if (page.wide && page.selectedId.length === 0 && count > 0)
                page.selectedId = templateId(0)
        }
    }

    // An empty library gets the starter journeys; an older one gets their missing languages.
    Component.onCompleted: templateModel.importStarterTemplates()

    actions: [
        ItsButton {
            objectName: "importTemplateButton"
            kind: "flat"
            text: qsTr("Import\u2026")
            Accessible.name: qsTr("Import a journey template file")
            onClicked: importDialog.open()
        }
    ]

    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import a journey template")
        nameFilters: [qsTr("Journey templates (*.json)")]
        onAccepted: {
            const id = templateModel.importFile(selectedFile)
            if (id.length > 0)
                page.open(id)
        }
    }

    Component {
        id: previewComponent
        JourneyPreviewPage {}
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 400 : -1
            spacing: Theme.spacingS

            ItsTextField {
                id: search
                objectName: "templateSearch"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingM
                Layout.bottomMargin: 0
                placeholderText: qsTr("Search journeys")
                field.Accessible.name: qsTr("Search journeys")
                onTextChanged: templateModel.searchText = text
            }
            LibraryFilterBar {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingM
                Layout.rightMargin: Theme.spacingM
                model: templateModel
            }
            ItsBanner {
                objectName: "libraryError"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingM
                visible: templateModel.errorString.length > 0
                tone: "danger"
                text: templateModel.errorString
            }
            ListView {
                id: list
                objectName: "templateList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: templateModel
                // This file keeps implicit component scopes (no pragma ComponentBehavior: Bound):
                // Qt 6.4's Loader cannot create a bound component (the preview pane below stays
                // empty), so the two components reaching the page's ids are exempt from that check.
                // qmllint disable unqualified
                delegate: TemplateDelegate {
                    width: ListView.view.width
                    selected: page.wide && templateId === page.selectedId
                    onClicked: page.open(templateId)
                }
                // qmllint enable unqualified
                ItsLabel {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingXl
                    horizontalAlignment: Text.AlignHCenter
                    visible: list.count === 0
                    muted: true
                    text: templateModel.totalCount === 0
                          ? qsTr("No journeys yet. Import a template file to begin.")
                          : qsTr("No journey matches these filters.")
                }
            }
        }

        Rectangle {
            visible: page.wide
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }

        Loader {
            objectName: "previewPane"
            visible: page.wide
            active: page.wide && page.selectedId.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            // qmllint disable unqualified
            sourceComponent: JourneyPreviewPage {
                templateId: page.selectedId
                stack: page.StackView.view
                showToolBar: false
            }
            // qmllint enable unqualified
        }
    }
}
