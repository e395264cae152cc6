pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import InTheirShoes

// One touchpoint in the journey editor: rename, change department or channel, add and remove
// criteria and target times, or remove the touchpoint.
ItsCard {
    id: card

    required property int index
    required property string name
    required property string channel
    required property string department
    required property var phases
    required property var slas
    required property var criteria
    required property TemplateDocument document

    objectName: "editTouchpoint_" + index

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            ItsTextField {
                objectName: "touchpointNameField_" + card.index
                Layout.fillWidth: true
                label: qsTr("Touchpoint")
                text: card.name
                field.onEditingFinished: card.document.setTouchpointName(card.index, text)
            }
            ItsButton {
                objectName: "removeTouchpoint_" + card.index
                Layout.alignment: Qt.AlignBottom
                kind: "danger"
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove touchpoint %1").arg(card.name)
                onClicked: card.document.removeTouchpoint(card.index)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ItsTextField {
                objectName: "departmentField_" + card.index
                Layout.fillWidth: true
                label: qsTr("Owning department")
                text: card.department
                field.onEditingFinished: card.document.setTouchpointDepartment(card.index, text)
            }
            ItsComboBox {
                objectName: "channelBox_" + card.index
                Layout.alignment: Qt.AlignBottom
                implicitHeight: Theme.touchTarget
                model: Vocabulary.channels()
                currentIndex: model.indexOf(card.channel)
                words: "channel"
                Accessible.name: qsTr("Channel")
                onActivated: index => card.document.setTouchpointChannel(card.index, Vocabulary.channels()[index])
            }
        }

        ItsLabel { text: qsTr("Criteria"); font.weight: Font.DemiBold }
        Repeater {
            model: card.criteria
            delegate: RowLayout {
                id: criterionRow
                required property var modelData
                required property int index
                Layout.fillWidth: true
                ItsLabel {
                    Layout.fillWidth: true
                    text: (criterionRow.modelData.mustBe ? qsTr("Must-be") : qsTr("Delighter"))
                          + " \u00b7 " + criterionRow.modelData.text
                }
                ItsButton {
                    objectName: "removeCriterion_" + card.index + "_" + criterionRow.index
                    kind: "flat"
                    text: "\u2715"
                    Accessible.name: qsTr("Remove criterion %1").arg(criterionRow.modelData.text)
                    onClicked: card.document.removeCriterion(card.index, criterionRow.index)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ItsTextField {
                id: criterionText
                objectName: "criterionField_" + card.index
                Layout.fillWidth: true
                placeholderText: qsTr("New criterion")
            }
            ItsSwitch {
                id: mustBeSwitch
                objectName: "criterionMustBe_" + card.index
                text: qsTr("Must-be")
                checked: true
            }
            ItsButton {
                objectName: "addCriterion_" + card.index
                text: qsTr("Add")
                Accessible.name: qsTr("Add criterion")
                onClicked: {
                    if (card.document.addCriterion(card.index, criterionText.text, mustBeSwitch.checked, 1.0))
                        criterionText.text = ""
                }
            }
        }

        ItsLabel { text: qsTr("Target times"); font.weight: Font.DemiBold }
        Repeater {
            model: card.slas
            delegate: RowLayout {
                id: slaRow
                required property var modelData
                required property int index
                Layout.fillWidth: true
                ItsLabel {
                    Layout.fillWidth: true
                    text: Vocabulary.phaseLabel(slaRow.modelData.phase) + " \u2264 "
                          + Vocabulary.target(slaRow.modelData.seconds * 1000)
                }
                ItsButton {
                    objectName: "removeSla_" + card.index + "_" + slaRow.index
                    kind: "flat"
                    text: "\u2715"
                    Accessible.name: qsTr("Remove target time for %1").arg(Vocabulary.phaseLabel(slaRow.modelData.phase))
                    onClicked: card.document.removeSla(card.index, slaRow.index)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ItsComboBox {
                id: slaPhase
                objectName: "slaPhaseBox_" + card.index
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: ["total", ...card.phases]
                words: "phase"
                Accessible.name: qsTr("Phase of the target time")
            }
            SpinBox {
                id: slaMinutes
                objectName: "slaMinutes_" + card.index
                implicitHeight: Theme.touchTarget
                from: 1
                to: 60 * 24 * 30
                value: 5
                editable: true
                Accessible.name: qsTr("Target in minutes")
            }
            ItsLabel { text: qsTr("min") }
            ItsButton {
                objectName: "addSla_" + card.index
                text: qsTr("Add")
                Accessible.name: qsTr("Add target time")
                onClicked: card.document.addSla(card.index, slaPhase.currentText, slaMinutes.value * 60)
            }
        }
    }
}
