import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Stopwatch on top, lap history in the middle, thumb controls at the bottom.
ColumnLayout {
    id: panel

    required property ContactController contact
    required property WalkController walk
    signal handoffRequested()
    signal closeRequested()

    spacing: Theme.spacingS

    StopwatchCard {
        Layout.fillWidth: true
        contact: panel.contact
    }
    ItsBanner {
        objectName: "longWaitBanner"
        Layout.fillWidth: true
        visible: panel.contact.inLongWait
        text: qsTr("This wait keeps running when you close the app. Close it from Pending waits when the answer arrives.")
    }
    ListView {
        id: laps
        objectName: "lapList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.touchTarget
        clip: true
        model: panel.contact.laps
        delegate: LapDelegate { width: ListView.view.width }
        onCountChanged: positionViewAtEnd()
    }
    PhasePad {
        Layout.fillWidth: true
        contact: panel.contact
        onHandoffRequested: panel.handoffRequested()
        onCloseRequested: panel.closeRequested()
    }
    ItsButton {
        objectName: "nextTouchpointButton"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.largeTouchTarget
        visible: panel.contact.closed
        kind: "primary"
        text: panel.walk.currentStep + 1 < panel.walk.steps.count ? qsTr("Next touchpoint")
                                                                   : qsTr("Journey done: see the summary")
        onClicked: {
            if (!panel.walk.nextStep())
                panel.walk.summaryRequested()
        }
    }
}
