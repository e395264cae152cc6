pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import InTheirShoes

// The review (CCO) side: create the review circle for a sync target or restore it from a key
// backup; then show its key fingerprint, issue invitations, back the key up, and open the
// devices and the inbox. Files are named in a path field ("Choose…" fills it in).
ItsPage {
    id: page

    objectName: "reviewSetupPage"
    title: qsTr("Review circle")

    property VaultSession session: AppController.session
    // Where the embedded default folder lives (the app's data folder).
    property string defaultTarget: AppController.storagePath + "/review-sync"
    property alias circle: circle
    property string message

    ReviewCircleController {
        id: circle
        objectName: "reviewCircle"
        session: page.session
    }

    function openDevices() {
        page.StackView.view.push(Qt.resolvedUrl("ReviewRosterPage.qml"), {session: page.session})
    }
    function openInbox() {
        page.StackView.view.push(Qt.resolvedUrl("ReviewInboxPage.qml"), {session: page.session})
    }
    function openFindings() {
        page.StackView.view.push(Qt.resolvedUrl("ReviewOverviewPage.qml"), {session: page.session})
    }
    function targetAddress(): string {
        return targetKind.currentKind === "default" ? page.defaultTarget : addressField.text.trim()
    }
    // The WebDAV account typed next to the address goes to the keychain (SyncCredentials).
    function saveAccount() {
        if (targetKind.currentKind === "webdav" && davUser.text.trim().length > 0)
            AppController.syncCredentials.save(page.targetAddress(), davUser.text, davPassword.text)
        davPassword.text = ""
    }

    component PathRow: RowLayout {
        id: row
        property alias text: pathField.text
        property alias field: pathField
        property string label
        property bool saving: false
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ItsTextField {
            id: pathField
            objectName: row.objectName + "Field"
            Layout.fillWidth: true
            label: row.label
            placeholderText: qsTr("/path/to/file")
        }
        ItsButton {
            Layout.alignment: Qt.AlignBottom
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose a file for: %1").arg(row.label)
            onClicked: {
                fileDialog.target = pathField
                fileDialog.fileMode = row.saving ? FileDialog.SaveFile : FileDialog.OpenFile
                fileDialog.open()
            }
        }
    }

    FileDialog {
        id: fileDialog
        property ItsTextField target
        onAccepted: if (target) target.text = String(selectedFile).replace(/^file:\/\//, "")
    }

    Flickable {
        objectName: "reviewSetupFlickable"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (page.width - width) / 2)
            y: Theme.spacingXl
            width: Math.min(page.width - 2 * Theme.spacingL, Theme.maxContentWidth)
            spacing: Theme.spacingL

            ItsBanner {
                objectName: "reviewSetupError"
                Layout.fillWidth: true
                visible: circle.errorString.length > 0
                tone: "danger"
                text: circle.errorString
            }
            ItsBanner {
                objectName: "reviewSetupMessage"
                Layout.fillWidth: true
                visible: page.message.length > 0 && circle.errorString.length === 0
                tone: "success"
                text: page.message
            }

            // ---- No circle yet: where summaries travel, then create or restore ----
            ItsCard {
                Layout.fillWidth: true
                visible: !circle.hasCircle
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Where summaries travel"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("Executives' devices write sealed summaries there; only this circle's key can open them.")
                    }
                    Flow {
                        id: targetKind
                        property string currentKind: "default"
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Repeater {
                            model: [["default", qsTr("This device (demo)")], ["folder", qsTr("Shared folder")],
                                    ["webdav", qsTr("WebDAV server")]]
                            delegate: ItsChip {
                                required property var modelData
                                objectName: "targetKind_" + modelData[0]
                                text: modelData[1]
                                checked: targetKind.currentKind === modelData[0]
                                onClicked: targetKind.currentKind = modelData[0]
                            }
                        }
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        visible: targetKind.currentKind === "default"
                        muted: true
                        wrapMode: Text.WrapAnywhere
                        text: qsTr("Folder: %1").arg(page.defaultTarget)
                    }
                    ItsTextField {
                        id: addressField
                        objectName: "targetAddressField"
                        Layout.fillWidth: true
                        visible: targetKind.currentKind !== "default"
                        label: targetKind.currentKind === "webdav" ? qsTr("WebDAV address") : qsTr("Folder path")
                        placeholderText: targetKind.currentKind === "webdav" ? "https://cloud.example.com/remote.php/dav/files/cco/its/"
                                                                              : "/mnt/share/intheirshoes"
                        helperText: targetKind.currentKind === "webdav"
                                    ? qsTr("https only; plain http is accepted for localhost.") : ""
                        errorText: text.trim().length > 0 ? circle.targetProblem(text) : ""
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        visible: targetKind.currentKind === "webdav"
                        columns: page.width > 600 ? 2 : 1
                        columnSpacing: Theme.spacingS
                        ItsTextField { id: davUser; objectName: "davUserField"; Layout.fillWidth: true; label: qsTr("User name") }
                        ItsTextField {
                            id: davPassword
                            objectName: "davPasswordField"
                            Layout.fillWidth: true
                            label: qsTr("Password")
                            echoMode: TextInput.Password
                            helperText: qsTr("Kept in this device's keychain, never in the vault.")
                        }
                    }
                    ItsButton {
                        objectName: "createCircleButton"
                        Layout.fillWidth: true
                        kind: "primary"
                        text: qsTr("Create the review circle")
                        enabled: page.targetAddress().length > 0
                        onClicked: {
                            page.saveAccount()
                            if (circle.create(page.targetAddress(), targetKind.currentKind === "default"))
                                page.message = qsTr("Review circle created. Back up its key now.")
                        }
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                visible: !circle.hasCircle
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Restore on this device"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("Already have a circle on another device? Restore its key backup; the sync target chosen above is used.")
                    }
                    PathRow { id: restoreFile; objectName: "restoreFileRow"; label: qsTr("Key backup file") }
                    ItsTextField {
                        id: restorePassphrase
                        objectName: "restorePassphraseField"
                        Layout.fillWidth: true
                        label: qsTr("Backup passphrase")
                        echoMode: TextInput.Password
                    }
                    ItsButton {
                        objectName: "restoreButton"
                        Layout.fillWidth: true
                        text: qsTr("Restore the review circle")
                        enabled: restoreFile.text.length > 0 && restorePassphrase.text.length > 0
                                 && page.targetAddress().length > 0
                        onClicked: {
                            page.saveAccount()
                            if (circle.restore(restoreFile.text, restorePassphrase.text, page.targetAddress(),
                                               targetKind.currentKind === "default"))
                                page.message = circle.restoredDevices > 0
                                        ? qsTr("Review circle restored with %n device(s) and their revocations.", "",
                                               circle.restoredDevices)
                                        : qsTr("Review circle restored. This backup lists no devices: accept them again before pulling.")
                            restorePassphrase.text = ""
                        }
                    }
                }
            }

            // ---- The circle exists ----
            SyncAccountCard {
                Layout.fillWidth: true
                address: circle.targetUrl
                visible: circle.hasCircle && isWebDav
            }
            ItsCard {
                Layout.fillWidth: true
                visible: circle.hasCircle
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Your review circle"); role: "title" }
                    ItsLabel { Layout.fillWidth: true; muted: true; text: qsTr("Review key fingerprint") }
                    ItsLabel {
                        objectName: "reviewFingerprintText"
                        Layout.fillWidth: true
                        text: circle.reviewFingerprint
                        font.family: "monospace"
                        role: "bodyLarge"
                        wrapMode: Text.Wrap
                    }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        wrapMode: Text.WrapAnywhere
                        text: qsTr("Sync target: %1").arg(circle.targetUrl)
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: page.width > 600 ? 2 : 1
                        columnSpacing: Theme.spacingS
                        ItsButton {
                            objectName: "openDevicesButton"
                            Layout.fillWidth: true
                            kind: "primary"
                            text: qsTr("Devices and requests")
                            onClicked: page.openDevices()
                        }
                        ItsButton {
                            objectName: "openInboxButton"
                            Layout.fillWidth: true
                            kind: "primary"
                            text: qsTr("Inbox")
                            onClicked: page.openInbox()
                        }
                        ItsButton {
                            objectName: "openFindingsButton"
                            Layout.fillWidth: true
                            kind: "primary"
                            text: qsTr("Findings")
                            onClicked: page.openFindings()
                        }
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                visible: circle.hasCircle
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Invite an executive"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("Let them scan this QR code, or read it from a screenshot or photo; or give them the invitation as a file or text. When their request arrives, compare the review key fingerprint with them before accepting.")
                    }
                    // Black on white in every theme, with its quiet zone: phone scanners need it.
                    QrCodeItem {
                        id: invitationQr
                        objectName: "invitationQr"
                        // Whole pixels per module (crisp edges), 2 to 6, within the card's width.
                        readonly property int sideModules: moduleCount + 8
                        readonly property int modulePixels: Math.max(2, Math.min(6, Math.floor(
                            Math.min(parent.width, 360) / Math.max(1, sideModules))))
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: sideModules * modulePixels
                        Layout.preferredHeight: sideModules * modulePixels
                        Layout.topMargin: Theme.spacingS
                        Layout.bottomMargin: Theme.spacingS
                        visible: moduleCount > 0
                        text: circle.invitationText
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the invitation")
                        Accessible.description: qsTr("Holds the same invitation as the text below.")
                    }
                    ItsLabel {
                        objectName: "invitationQrError"
                        Layout.fillWidth: true
                        visible: invitationQr.errorString.length > 0
                        color: Theme.danger
                        text: qsTr("No QR code for this invitation: %1").arg(invitationQr.errorString)
                    }
                    TextArea {
                        objectName: "invitationText"
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        text: circle.invitationText
                        color: Theme.text
                        font.family: "monospace"
                        font.pixelSize: Theme.fontCaption
                        Accessible.name: qsTr("Invitation text")
                        background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radiusS }
                    }
                    PathRow { id: invitationFile; objectName: "invitationFileRow"; label: qsTr("Save the invitation as"); saving: true }
                    ItsButton {
                        objectName: "saveInvitationButton"
                        Layout.fillWidth: true
                        text: qsTr("Save the invitation file")
                        enabled: invitationFile.text.length > 0
                        onClicked: if (circle.saveInvitation(invitationFile.text))
                                       page.message = qsTr("Invitation saved to %1").arg(invitationFile.text)
                    }
                }
            }

            ItsCard {
                Layout.fillWidth: true
                visible: circle.hasCircle
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    ItsLabel { Layout.fillWidth: true; text: qsTr("Back up the review key"); role: "title" }
                    ItsLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("Without the key, no summary can be read. The backup is encrypted with this passphrase (at least 12 characters); keep both apart.")
                    }
                    PathRow { id: backupFile; objectName: "backupFileRow"; label: qsTr("Save the backup as"); saving: true }
                    ItsTextField {
                        id: backupPassphrase
                        objectName: "backupPassphraseField"
                        Layout.fillWidth: true
                        label: qsTr("Backup passphrase")
                        echoMode: TextInput.Password
                    }
                    ItsTextField {
                        id: backupConfirm
                        objectName: "backupConfirmField"
                        Layout.fillWidth: true
                        label: qsTr("Repeat the passphrase")
                        echoMode: TextInput.Password
                        errorText: text.length > 0 && text !== backupPassphrase.text ? qsTr("The passphrases differ.") : ""
                    }
                    ItsButton {
                        objectName: "backupButton"
                        Layout.fillWidth: true
                        text: qsTr("Save the key backup")
                        enabled: backupFile.text.length > 0 && backupPassphrase.text.length >= 12
                                 && backupConfirm.text === backupPassphrase.text
                        onClicked: {
                            if (circle.backup(backupFile.text, backupPassphrase.text))
                                page.message = qsTr("Key backup saved to %1").arg(backupFile.text)
                            backupPassphrase.text = ""
                            backupConfirm.text = ""
                        }
                    }
                }
            }
            SyncAddressMoveCard {
                Layout.fillWidth: true
                visible: circle.hasCircle
                circle: page.circle
            }
        }
    }
}
