import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Checkable pill: quick choices (scores 1-5, N/A, language, filters).
// tone "danger" highlights a checked chip as a problem (e.g. a failed must-be criterion).
Button {
    id: control

    property string tone: "default"

    checkable: true
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touchTarget
    horizontalPadding: Theme.spacingM
    verticalPadding: Theme.spacingXs
    font.pixelSize: Theme.fontBody
    font.weight: checked ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus

    Accessible.name: text
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.checked ? Theme.text
                                : (control.tone === "danger" ? Theme.inkOnDanger : Theme.inkOnPrimary)
        opacity: control.enabled ? 1 : 0.55
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: height / 2
        color: !control.checked ? Theme.surfaceAlt
                                : (control.tone === "danger" ? Theme.danger : Theme.primary)
        opacity: control.enabled ? 1 : 0.5
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus
                                          : (control.checked ? "transparent" : Theme.border)
    }
}
