import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// On/off setting with its label; the whole row is the touch target.
Switch {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
    font.pixelSize: Theme.fontBody
    spacing: Theme.spacingM
    Accessible.name: text
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked

    indicator: Rectangle {
        x: control.leftPadding
        y: (control.height - height) / 2
        implicitWidth: 48
        implicitHeight: 28
        radius: height / 2
        color: control.checked ? Theme.primary : Theme.surfaceAlt
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.border
        Rectangle {
            x: control.checked ? parent.width - width - 4 : 4
            anchors.verticalCenter: parent.verticalCenter
            width: 20
            height: 20
            radius: 10
            color: control.checked ? Theme.inkOnPrimary : Theme.textMuted
        }
    }

    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        opacity: control.enabled ? 1 : 0.55
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
