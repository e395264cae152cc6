pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Departments ranked by the pain they own; a tap opens the department's findings.
ItsCard {
    id: card

    required property ReviewFindingsController findings
    signal departmentRequested(string department)

    objectName: "departmentsCard"

    ReviewDepartmentRankModel {
        id: ranking
        findings: card.findings
    }

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingXs
        ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("Departments ranked by pain") }
        Repeater {
            model: ranking
            delegate: ReviewDepartmentRankDelegate {
                Layout.fillWidth: true
                onDepartmentRequested: department => card.departmentRequested(department)
            }
        }
    }
}
