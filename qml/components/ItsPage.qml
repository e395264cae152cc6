import QtQuick
import QtQuick.Controls.Basic
import InTheirShoes

// Base of every page: themed background and an ItsToolBar with the page title. Inside a
// StackView it shows a back button that pops. Put page-specific toolbar buttons in `actions`.
Page {
    id: page

    property alias actions: toolBar.actions
    property bool showToolBar: true

    background: Rectangle { color: Theme.background }

    header: ItsToolBar {
        id: toolBar
        visible: page.showToolBar
        title: page.title
        showBack: page.StackView.view !== null && page.StackView.index > 0
        onBackClicked: page.StackView.view.pop()
    }
}
