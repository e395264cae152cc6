import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Before call audio is recorded on speaker: the sentence to say first, in the walk's language
// (it is said to the other side of the call, whatever the app's language). "I said it" notes
// in the contact's log that it was said, then recording starts; Cancel records nothing.
ItsDialog {
    id: dialog

    property string sentence
    signal said()

    objectName: "consentDialog"
    title: qsTr("Say this first")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM
        ItsLabel {
            objectName: "consentSentence"
            Layout.fillWidth: true
            role: "bodyLarge"
            wrapMode: Text.Wrap
            text: "\u201c" + dialog.sentence + "\u201d"
        }
        ItsLabel {
            Layout.fillWidth: true
            muted: true
            wrapMode: Text.Wrap
            text: qsTr("Say it aloud before recording. The contact's log notes that you said it, and when.")
        }
        ItsButton {
            objectName: "consentSaidButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTouchTarget
            kind: "primary"
            text: qsTr("I said it: start recording")
            onClicked: { dialog.close(); dialog.said() }
        }
        ItsButton {
            objectName: "consentCancelButton"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Do not record the call")
            onClicked: dialog.close()
        }
    }
}
