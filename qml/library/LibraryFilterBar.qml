pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Sector and channel filters of the library as two scrollable rows of chips.
ColumnLayout {
    id: bar

    required property TemplateListModel model

    spacing: Theme.spacingXs

    component ChipRow: ListView {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        orientation: ListView.Horizontal
        spacing: Theme.spacingXs
        clip: true
    }

    ChipRow {
        objectName: "sectorFilter"
        model: ["", ...bar.model.availableSectors]
        delegate: ItsChip {
            required property string modelData
            objectName: "sectorChip_" + (modelData.length > 0 ? modelData : "all")
            text: modelData.length > 0 ? Vocabulary.sectorLabel(modelData) : qsTr("All sectors")
            checked: bar.model.sector === modelData
            onClicked: bar.model.sector = modelData
        }
    }
    ChipRow {
        objectName: "channelFilter"
        model: ["", ...Vocabulary.channels()]
        delegate: ItsChip {
            required property string modelData
            objectName: "channelChip_" + (modelData.length > 0 ? modelData : "all")
            text: modelData.length > 0 ? Vocabulary.channelLabel(modelData) : qsTr("All channels")
            checked: bar.model.channel === modelData
            onClicked: bar.model.channel = modelData
        }
    }
}
