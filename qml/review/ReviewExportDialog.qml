pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import InTheirShoes

// Makes a report file (core/report): the board pack (PDF) or one department's brief (PDF or
// self-contained HTML), in Italian or English (the UI language unless changed), over the
// received summaries of [fromDate, toDate] ("YYYY-MM-DD", both included; "" = open, so every
// received walk by default). Self-contained: set `parent` to the page it covers, optionally the
// dates or `department` (which opens it on that brief), then open(). The file is named in a path
// field; "Choose…" opens the file picker (Qt's own, or its QML fallback). Made off the UI thread.
ItsDialog {
    id: dialog

    property VaultSession session: AppController.session
    property string fromDate: ""
    property string toDate: ""
    property string department: "" // "" = the board pack
    property string language: AppController.effectiveLanguage
    property string format: "pdf"
    readonly property alias exporter: exporter

    objectName: "reviewExportDialog"
    title: qsTr("Make a report")

    function periodText(): string {
        if (dialog.fromDate.length === 0 && dialog.toDate.length === 0)
            return qsTr("Every received walk")
        return qsTr("From %1 to %2").arg(dialog.fromDate.length > 0 ? dialog.fromDate : "…")
                                     .arg(dialog.toDate.length > 0 ? dialog.toDate : "…")
    }
    function suggestPath() {
        pathField.text = exporter.suggestedPath(dialog.department, dialog.format)
    }
    function save() {
        exporter.start(dialog.department, dialog.department.length > 0 ? dialog.format : "pdf",
                       dialog.language, dialog.fromDate, dialog.toDate, pathField.text.trim())
    }

    onOpened: {
        exporter.reload()
        if (pathField.text.length === 0)
            dialog.suggestPath()
    }

    ReviewReportExporter {
        id: exporter
        objectName: "reviewReportExporter"
        session: dialog.session
    }

    FileDialog {
        id: fileDialog
        objectName: "reportFileDialog"
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the report as")
        nameFilters: dialog.department.length > 0 && dialog.format === "html"
                     ? [qsTr("HTML files (*.html)")] : [qsTr("PDF files (*.pdf)")]
        defaultSuffix: dialog.department.length > 0 && dialog.format === "html" ? "html" : "pdf"
        onAccepted: pathField.text = String(selectedFile).replace(/^file:\/\//, "")
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM

        ItsLabel {
            Layout.fillWidth: true
            muted: true
            text: dialog.periodText()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            ItsChip {
                objectName: "reportKindBoard"
                text: qsTr("Board pack")
                checked: dialog.department.length === 0
                onClicked: { dialog.department = ""; dialog.suggestPath() }
            }
            ItsChip {
                objectName: "reportKindBrief"
                text: qsTr("Department brief")
                enabled: exporter.departments.length > 0
                checked: dialog.department.length > 0
                onClicked: { dialog.department = exporter.departments[0]; dialog.suggestPath() }
            }
        }
        Flow { // departments as chips: a handful, each readable at once
            objectName: "reportDepartments"
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            visible: dialog.department.length > 0
            Repeater {
                model: exporter.departments
                delegate: ItsChip {
                    required property string modelData
                    objectName: "reportDepartment_" + modelData
                    text: modelData
                    checked: dialog.department === modelData
                    Accessible.name: qsTr("Department: %1").arg(modelData)
                    onClicked: { dialog.department = modelData; dialog.suggestPath() }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            visible: dialog.department.length > 0
            Repeater {
                model: [["pdf", qsTr("PDF")], ["html", qsTr("HTML file")]]
                delegate: ItsChip {
                    required property var modelData
                    objectName: "reportFormat_" + modelData[0]
                    text: modelData[1]
                    checked: dialog.format === modelData[0]
                    onClicked: { dialog.format = modelData[0]; dialog.suggestPath() }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: [["en", "English"], ["it", "Italiano"]]
                delegate: ItsChip {
                    required property var modelData
                    objectName: "reportLanguage_" + modelData[0]
                    text: modelData[1]
                    checked: dialog.language === modelData[0]
                    Accessible.name: qsTr("Report language: %1").arg(modelData[1])
                    onClicked: dialog.language = modelData[0]
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ItsTextField {
                id: pathField
                objectName: "reportPathField"
                Layout.fillWidth: true
                label: qsTr("Save as")
                placeholderText: qsTr("/path/to/file")
            }
            ItsButton {
                objectName: "reportChooseButton"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Choose…")
                Accessible.name: qsTr("Choose where to save the report")
                onClicked: fileDialog.open()
            }
        }
        ItsBanner {
            objectName: "reportError"
            Layout.fillWidth: true
            visible: exporter.errorString.length > 0 && !exporter.busy
            tone: "danger"
            text: exporter.errorString
        }
        ItsBanner {
            objectName: "reportSaved"
            Layout.fillWidth: true
            visible: exporter.savedPath.length > 0 && exporter.errorString.length === 0 && !exporter.busy
            tone: "success"
            text: qsTr("Saved to %1").arg(exporter.savedPath)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            BusyIndicator {
                objectName: "reportBusy"
                visible: exporter.busy
                running: exporter.busy
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget
            }
            Item { Layout.fillWidth: true }
            ItsButton {
                objectName: "reportCloseButton"
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            ItsButton {
                objectName: "reportSaveButton"
                kind: "primary"
                enabled: !exporter.busy
                text: exporter.busy ? qsTr("Making the report…") : qsTr("Save report")
                onClicked: dialog.save()
            }
        }
    }
}
