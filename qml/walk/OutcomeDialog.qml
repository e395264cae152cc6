pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// How did the contact end, from the customer's side?
ItsDialog {
    id: dialog

    signal picked(string outcome)

    objectName: "outcomeDialog"
    title: qsTr("How did it end?")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        Repeater {
            model: Vocabulary.outcomes()
            delegate: ItsButton {
                required property string modelData
                required property int index
                objectName: "outcome_" + modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.largeTouchTarget
                kind: index === 0 ? "primary" : "secondary"
                text: Vocabulary.outcomeLabel(modelData)
                onClicked: { dialog.picked(modelData); dialog.close() }
            }
        }
    }
}
