pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// Notes the executives marked shareable, shown as quotes; each opens the walk it came from.
ItsCard {
    id: card

    property var quotes: []
    signal walkRequested(string walkId)

    objectName: "quotesCard"
    visible: quotes.length > 0

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingS
        ItsLabel { Layout.fillWidth: true; role: "title"; text: qsTr("In their words") }
        Repeater {
            model: card.quotes
            delegate: ItemDelegate {
                id: quote
                required property var modelData
                required property int index
                objectName: "quote_" + index
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: qsTr("Quote: %1").arg(modelData.text)
                onClicked: card.walkRequested(quote.modelData.walkId)
                background: Rectangle { color: quote.down ? Theme.surfaceAlt : "transparent"; radius: Theme.radiusS }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    Rectangle { Layout.fillHeight: true; implicitWidth: 4; radius: 2; color: Theme.chartBar }
                    ItsLabel {
                        Layout.fillWidth: true
                        font.italic: true
                        text: qsTr("“%1”").arg(quote.modelData.text)
                    }
                }
            }
        }
    }
}
