import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// A labelled text field with optional helper and error text underneath. Built from a plain
// Column (no QtQuick.Layouts) because it sits on the unlock screen, whose startup is measured.
Item {
    id: root

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias echoMode: field.echoMode
    property alias field: field
    property string label
    property string helperText
    property string errorText

    signal accepted()

    implicitWidth: 240
    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingXs

        ItsLabel {
            width: parent.width
            text: root.label
            visible: text.length > 0
            role: "body"
            font.weight: Font.Medium
        }

        TextField {
            id: field
            width: parent.width
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBodyLarge
            color: Theme.text
            placeholderTextColor: Theme.textMuted
            selectionColor: Theme.primary
            selectedTextColor: Theme.inkOnPrimary
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            Accessible.name: root.label.length > 0 ? root.label : placeholderText
            Accessible.description: root.errorText.length > 0 ? root.errorText : root.helperText
            onAccepted: root.accepted()
            background: Rectangle {
                radius: Theme.radiusM
                color: Theme.surface
                border.width: field.activeFocus ? 2 : 1
                border.color: root.errorText.length > 0 ? Theme.danger
                                                        : (field.activeFocus ? Theme.primary : Theme.border)
            }
        }

        ItsLabel {
            width: parent.width
            visible: text.length > 0
            text: root.errorText.length > 0 ? root.errorText : root.helperText
            role: "caption"
            muted: root.errorText.length === 0
            color: root.errorText.length > 0 ? Theme.danger : Theme.textMuted
        }
    }
}
