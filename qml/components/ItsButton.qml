import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Push button of the design system. kind: "primary", "secondary", "danger" or "flat".
Button {
    id: control

    property string kind: "secondary"

    readonly property color fillColor: {
        if (kind === "primary") return Theme.primary
        if (kind === "danger") return Theme.danger
        if (kind === "flat") return "transparent"
        return Theme.surfaceAlt
    }
    readonly property color inkColor: {
        if (kind === "primary") return Theme.inkOnPrimary
        if (kind === "danger") return Theme.inkOnDanger
        if (kind === "flat") return Theme.primary
        return Theme.text
    }

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    verticalPadding: Theme.spacingS
    horizontalPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody
    font.weight: kind === "flat" ? Font.Medium : Font.DemiBold
    focusPolicy: Qt.StrongFocus

    Accessible.name: text
    Accessible.role: Accessible.Button

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.inkColor
        opacity: control.enabled ? 1 : 0.55
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: control.fillColor
        opacity: control.enabled ? (control.down ? 0.8 : 1) : 0.45
        border.width: control.visualFocus ? 3 : (control.kind === "secondary" ? 1 : 0)
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}
