import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import InTheirShoes

// Modal dialog of the design system: surface, title, footer and buttons all follow the Theme
// (dark included). Standard buttons (standardButtons: Dialog.Cancel, ...) are ItsButtons whose
// words come from our own translations, so they follow the UI language even after a switch.
// Set `parent` to the page it covers.
Dialog {
    id: dialog

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 480)
    padding: Theme.spacingL
    topPadding: Theme.spacingM
    font.pixelSize: Theme.fontBody

    background: Rectangle {
        objectName: "dialogBackground"
        color: Theme.surface
        radius: Theme.radiusL
        border.color: Theme.divider
    }
    header: ItsLabel {
        objectName: "dialogTitle"
        visible: dialog.title.length > 0
        text: dialog.title
        role: "title"
        padding: Theme.spacingL
        bottomPadding: 0
        background: Item {}
    }
    footer: DialogButtonBox {
        id: box
        objectName: "dialogButtons"
        visible: count > 0
        padding: Theme.spacingL
        topPadding: 0
        spacing: Theme.spacingS
        alignment: Qt.AlignRight
        background: Rectangle {
            objectName: "dialogFooterBackground"
            color: Theme.surface
            radius: Theme.radiusL
        }
        delegate: ItsButton { kind: "secondary" }
        onStandardButtonsChanged: dialog.relabel()
        Component.onCompleted: dialog.relabel()
    }
    T.Overlay.modal: Rectangle { color: Theme.scrim }

    // Qt names standard buttons in the language of the moment they were made: ours follow
    // every change of language.
    function relabel() {
        const box = dialog.footer as DialogButtonBox
        if (!box)
            return
        const words = [[Dialog.Ok, qsTr("OK")], [Dialog.Cancel, qsTr("Cancel")],
                       [Dialog.Close, qsTr("Close")], [Dialog.Yes, qsTr("Yes")],
                       [Dialog.No, qsTr("No")], [Dialog.Save, qsTr("Save")],
                       [Dialog.Discard, qsTr("Discard")]]
        const accepting = [Dialog.Ok, Dialog.Yes, Dialog.Save]
        for (const [which, word] of words) {
            const button = box.standardButton(which) as ItsButton
            if (!button)
                continue
            button.text = word
            button.kind = accepting.includes(which) ? "primary" : "secondary"
        }
    }
    Connections {
        target: AppController
        function onEffectiveLanguageChanged() { dialog.relabel() }
    }
}
