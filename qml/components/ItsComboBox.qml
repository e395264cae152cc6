pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Drop-down of the design system: field, list and selected entry follow the Theme (dark
// included), and `labelOf` turns each entry (an id, or its textRole) into words for both the
// field and the list, so ids never show: labelOf: id => Vocabulary.channelLabel(id).
ComboBox {
    id: control

    property var labelOf: null

    function labelAt(row: int): string {
        const raw = control.textAt(row)
        return control.labelOf ? control.labelOf(raw) : raw
    }

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM + indicatorText.width + Theme.spacingS
    font.pixelSize: Theme.fontBody
    displayText: control.labelOf ? control.labelOf(control.currentText) : control.currentText
    focusPolicy: Qt.StrongFocus

    contentItem: Text {
        objectName: "comboText"
        text: control.displayText
        font: control.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Text {
        id: indicatorText
        x: control.width - width - Theme.spacingM
        y: (control.height - height) / 2
        text: "\u25BE"
        font.pixelSize: Theme.fontBodyLarge
        color: Theme.textMuted
    }
    background: Rectangle {
        objectName: "comboBackground"
        implicitWidth: 160
        radius: Theme.radiusM
        color: Theme.surfaceAlt
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }

    delegate: ItemDelegate {
        id: row
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Theme.touchTarget
        leftPadding: Theme.spacingM
        text: control.labelAt(index)
        highlighted: control.highlightedIndex === index
        contentItem: Text {
            text: row.text
            font.pixelSize: Theme.fontBody
            font.weight: control.currentIndex === row.index ? Font.DemiBold : Font.Normal
            color: control.currentIndex === row.index ? Theme.inkOnPrimarySoft : Theme.text
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: control.currentIndex === row.index ? Theme.primarySoft
                 : row.highlighted ? Theme.surfaceAlt : "transparent"
        }
    }

    popup: Popup {
        objectName: "comboPopup"
        y: control.height + Theme.spacingXs
        width: Math.max(control.width, 220)
        implicitHeight: Math.min(contentItem.implicitHeight + 2 * padding, 360)
        padding: 1
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: control.popup.visible ? control.delegateModel : null
            currentIndex: control.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            objectName: "comboPopupBackground"
            color: Theme.surface
            radius: Theme.radiusM
            border.color: Theme.border
        }
    }
}
