import QtQuick
import QtQuick.Layouts
import InTheirShoes

// The voice memo while it records: a level meter (the microphone's live peak), the elapsed
// time, pause/resume, "Stop and save" and "Discard". After a failed save (a full disk) the
// memo stays in RAM: "Save again" or "Discard".
ColumnLayout {
    id: panel

    required property MemoRecorder recorder
    readonly property string state: recorder.state

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        visible: panel.state === "recording" || panel.state === "paused"
        spacing: Theme.spacingS
        ItsLabel {
            objectName: "memoElapsed"
            text: Vocabulary.duration(panel.recorder.elapsedMs)
            font.family: "monospace"
            role: "title"
        }
        ItsLabel {
            objectName: "memoStateLabel"
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.WordWrap
            // Until the first sound reaches the recorder, speaking would be lost.
            text: panel.state === "paused" ? qsTr("Paused")
                : panel.recorder.elapsedMs > 0 ? qsTr("Recording…")
                : qsTr("Starting the microphone…")
        }
    }
    Rectangle {
        objectName: "memoLevelMeter"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.spacingS
        visible: panel.state === "recording" || panel.state === "paused"
        radius: height / 2
        color: Theme.divider
        Accessible.role: Accessible.ProgressBar
        Accessible.name: qsTr("Microphone level")
        Rectangle {
            width: parent.width * Math.min(1, panel.recorder.level)
            height: parent.height
            radius: parent.radius
            color: panel.recorder.level > 0.9 ? Theme.warning : Theme.success
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: panel.state === "recording" || panel.state === "paused"
        spacing: Theme.spacingS
        ItsButton {
            objectName: "memoPauseButton"
            Layout.fillWidth: true
            text: panel.state === "paused" ? qsTr("Resume") : qsTr("Pause")
            onClicked: panel.state === "paused" ? panel.recorder.resume() : panel.recorder.pause()
        }
        ItsButton {
            objectName: "memoStopButton"
            Layout.fillWidth: true
            kind: "primary"
            text: qsTr("Stop and save")
            onClicked: panel.recorder.stop()
        }
    }
    ItsLabel {
        objectName: "memoSaving"
        Layout.fillWidth: true
        visible: panel.state === "saving"
        muted: true
        text: qsTr("Saving the voice memo into the vault…")
    }
    ItsButton {
        objectName: "memoSaveAgainButton"
        Layout.fillWidth: true
        visible: panel.state === "unsaved"
        kind: "primary"
        text: qsTr("Save again")
        onClicked: panel.recorder.saveAgain()
    }
    ItsButton {
        objectName: "memoDiscardButton"
        Layout.fillWidth: true
        visible: panel.state !== "idle" && panel.state !== "saving"
        kind: "danger"
        text: qsTr("Discard the memo")
        onClicked: panel.recorder.discard()
    }
}
