import QtQuick
import QtQuick.Layouts
import InTheirShoes

// Stopwatch on top, lap history in the middle, thumb controls at the bottom. It scrolls when a
// phone is too short for all of it, so nothing ends up behind the tab bar.
Flickable {
    id: panel

    required property ContactController contact
    required property WalkController walk
    signal handoffRequested()
    signal closeRequested()

    contentHeight: column.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: panel.width
        height: Math.max(panel.height, implicitHeight)
        spacing: Theme.spacingS

        StopwatchCard {
            id: stopwatch
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
            // Whole rows only: the running lap (the last row) is never cut in half.
            Layout.minimumHeight: 2 * Theme.touchTarget
            Layout.preferredHeight: 2 * Theme.touchTarget
            clip: true
            model: panel.contact.laps
            delegate: LapDelegate { width: ListView.view.width }
            onCountChanged: positionViewAtEnd()
            onHeightChanged: positionViewAtEnd()
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
        PhasePad {
            Layout.fillWidth: true
            contact: panel.contact
            onHandoffRequested: panel.handoffRequested()
            onCloseRequested: panel.closeRequested()
        }
    }
    // Over the stopwatch's lower lines (words, no buttons): it hides no control and moves nothing.
    // Scrolled down, it stays at the top of what is in view.
    UndoBar {
        x: Theme.spacingS
        y: Math.max(stopwatch.y + stopwatch.height - height - Theme.spacingS, panel.contentY + Theme.spacingS)
        z: 2
        width: panel.width - 2 * Theme.spacingS
        contact: panel.contact
    }
}
