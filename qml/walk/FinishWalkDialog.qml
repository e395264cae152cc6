pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// "Finish walk" with touchpoints never visited: say how many, and let the executive choose.
ItsDialog {
    id: dialog

    property int unvisited: 0
    property int total: 0
    signal confirmed()

    objectName: "finishWalkDialog"
    title: qsTr("Finish the walk?")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        ItsLabel {
            objectName: "finishWalkMessage"
            Layout.fillWidth: true
            text: qsTr("%n of %1 touchpoints not visited. They will count as not walked.", "", dialog.unvisited)
                  .arg(dialog.total)
        }
        ItsButton {
            objectName: "keepWalkingButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "primary"
            text: qsTr("Keep walking")
            onClicked: dialog.close()
        }
        ItsButton {
            objectName: "finishAnywayButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "secondary"
            text: qsTr("Finish anyway")
            onClicked: { dialog.close(); dialog.confirmed() }
        }
    }
}
