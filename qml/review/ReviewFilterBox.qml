pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// A drop-down of the inbox's filters in the app's theme: long names wrap instead of being cut
// off (in the box and in the list), and the chosen entry stands out in the list (tinted, bold,
// a check mark) in light and dark. `model` is [{id, name}].
ComboBox {
    id: box

    textRole: "name"
    valueRole: "id"
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM + indicator.width
    topPadding: Theme.spacingXs
    bottomPadding: Theme.spacingXs
    font.pixelSize: Theme.fontBody
    Accessible.description: displayText

    contentItem: Text {
        text: box.displayText
        font: box.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
    indicator: Text {
        x: box.width - width - Theme.spacingM
        y: (box.height - height) / 2
        text: "▾"
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    background: Rectangle {
        radius: Theme.radiusM
        color: Theme.surfaceAlt
        border.width: box.visualFocus ? 3 : 1
        border.color: box.visualFocus ? Theme.focus : Theme.border
    }
    delegate: ItemDelegate {
        id: entry
        required property var modelData
        required property int index
        readonly property bool chosen: box.currentIndex === index
        objectName: "filterEntry_" + index
        width: ListView.view ? ListView.view.width : box.width
        highlighted: box.highlightedIndex === index
        padding: Theme.spacingM
        Accessible.name: modelData.name
        Accessible.checked: chosen
        contentItem: Text {
            text: (entry.chosen ? "✓ " : "") + entry.modelData.name
            font.pixelSize: Theme.fontBody
            font.weight: entry.chosen ? Font.DemiBold : Font.Normal
            color: entry.chosen ? Theme.inkOnPrimarySoft : Theme.text
            wrapMode: Text.WordWrap
        }
        background: Rectangle {
            color: entry.chosen ? Theme.primarySoft : entry.highlighted ? Theme.surfaceAlt : Theme.surface
            border.width: entry.highlighted ? 2 : 0
            border.color: Theme.focus
        }
    }
    popup: Popup {
        y: box.height
        width: box.width
        implicitHeight: Math.min(contentItem.implicitHeight + 2, box.Window.height * 0.6)
        padding: 1
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: box.popup.visible ? box.delegateModel : null
            currentIndex: box.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusM
            border.width: 1
            border.color: Theme.border
        }
    }
}
