import QtQuick
import InTheirShoes

// An inline message. tone: "info", "warning", "danger" or "success". Read out as an alert.
Rectangle {
    id: banner

    property string tone: "info"
    property alias text: message.text

    implicitHeight: message.implicitHeight + 2 * Theme.spacingM
    implicitWidth: message.implicitWidth + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: tone === "danger" ? Theme.dangerSoft
         : tone === "warning" ? Theme.warningSoft
         : tone === "success" ? Theme.successSoft : Theme.primarySoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    ItsLabel {
        id: message
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        verticalAlignment: Text.AlignVCenter
        color: banner.tone === "danger" ? Theme.inkOnDangerSoft
             : banner.tone === "warning" ? Theme.inkOnWarningSoft
             : banner.tone === "success" ? Theme.inkOnSuccessSoft : Theme.inkOnPrimarySoft
    }
}
