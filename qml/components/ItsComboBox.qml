pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Drop-down of the design system: field, list and selected entry follow the Theme (dark
// included). `words` names the vocabulary its entries are ids of ("channel", "phase",
// "sector"), so the field and the list show words, never ids; `emptyLabel` names the "" entry
// (e.g. "All sectors").
ComboBox {
    id: control

    property string words: ""
    property string emptyLabel: ""

    function label(raw: string): string {
        if (raw.length === 0 && control.emptyLabel.length > 0)
            return control.emptyLabel
        switch (control.words) {
        case "channel": return Vocabulary.channelLabel(raw)
        case "phase": return Vocabulary.phaseLabel(raw)
        case "sector": return Vocabulary.sectorLabel(raw)
        default: return raw
        }
    }
    function labelAt(row: int): string {
        return control.label(control.textAt(row))
    }

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM + Theme.fontBodyLarge + Theme.spacingS // room for the ▾
    font.pixelSize: Theme.fontBody
    displayText: control.label(control.currentText)
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
