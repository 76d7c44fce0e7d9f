// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Shown over the views when the session has expired: everything behind stays as it was
// (including what was typed and not yet saved); signing back in carries on where it stopped.
Popup {
    id: sheet

    required property SessionController session

    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(520), parent ? parent.width - Theme.px(40) : Theme.px(520))
    padding: Theme.px(28)
    visible: session.expired
    onOpened: form.focusFirstEmpty()

    Overlay.modal: Rectangle { color: Qt.alpha(Theme.background, 0.7) }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.color: Theme.late
        border.width: Theme.px(2)
    }

    contentItem: ColumnLayout {
        spacing: Theme.px(8)
        Text {
            objectName: "reloginTitle"
            Layout.fillWidth: true
            text: qsTr("Your session has expired")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.px(12)
            text: qsTr("Nothing on screen is lost: sign in again to continue where you were.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        LoginForm {
            id: form
            Layout.fillWidth: true
            session: sheet.session
            fixedUsername: sheet.session.username
        }
        ThemedButton {
            objectName: "switchUserButton"
            Layout.alignment: Qt.AlignLeft
            text: qsTr("Sign in as someone else (unsaved input is discarded)")
            font.pixelSize: Theme.fontSmall
            onClicked: sheet.session.logout()
        }
    }
}
