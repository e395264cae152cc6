import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// A surface that groups related content. Put a layout inside.
Pane {
    id: card

    property color fillColor: Theme.surface

    padding: Theme.spacingL
    background: Rectangle {
        color: card.fillColor
        radius: Theme.radiusL
        border.width: 1
        border.color: Theme.divider
    }
}
