import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Text of the type scale. role: "caption", "body", "bodyLarge", "title", "headline", "display".
Label {
    id: label

    property string role: "body"
    property bool muted: false

    color: muted ? Theme.textMuted : Theme.text
    wrapMode: Text.WordWrap
    font.pixelSize: {
        switch (role) {
        case "caption": return Theme.fontCaption
        case "bodyLarge": return Theme.fontBodyLarge
        case "title": return Theme.fontTitle
        case "headline": return Theme.fontHeadline
        case "display": return Theme.fontDisplay
        default: return Theme.fontBody
        }
    }
    font.weight: (role === "title" || role === "headline") ? Font.DemiBold : Font.Normal
    Accessible.name: text
}
