import QtQuick
import QtQuick.Controls.Basic

// The baseline: a minimal Qt Quick Controls window (same style as the app: Basic).
ApplicationWindow {
    width: 1100
    height: 760
    visible: true
    title: "baseline"

    Column {
        anchors.centerIn: parent
        spacing: 12
        Label { text: "Baseline" }
        TextField { placeholderText: "Passphrase"; echoMode: TextInput.Password }
        Button { text: "Unlock" }
    }
}
