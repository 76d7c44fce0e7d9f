// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The first thing an operator sees: the centre's name and the sign-in form, over the whole
// window. Vietnamese by default; the language can be switched before signing in.
Rectangle {
    id: screen

    required property SessionController session
    required property string language
    signal languageRequested(string code)

    color: Theme.background

    // A quiet grid, like the operations room's map wall, behind the card.
    Canvas {
        anchors.fill: parent
        opacity: 0.35
        onPaint: {
            const ctx = getContext("2d")
            ctx.strokeStyle = Theme.border
            ctx.lineWidth = 1
            const step = Theme.px(48)
            // +0.5: a one-pixel line centred on a pixel, not smeared over two.
            for (let x = 0.5; x < width; x += step) {
                ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, height); ctx.stroke()
            }
            for (let y = 0.5; y < height; y += step) {
                ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(width, y); ctx.stroke()
            }
        }
    }

    LanguageSwitch {
        anchors { top: parent.top; right: parent.right; margins: Theme.px(20) }
        language: screen.language
        onLanguageRequested: code => screen.languageRequested(code)
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(Theme.px(720), parent.width - Theme.px(40))
        height: content.implicitHeight + 2 * Theme.px(36)
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.border

        Rectangle {
            anchors { top: parent.top; left: parent.left; right: parent.right }
            height: Theme.px(4)
            radius: Theme.px(2)
            color: Theme.accent
        }

        ColumnLayout {
            id: content
            anchors { fill: parent; margins: Theme.px(36) }
            spacing: Theme.px(6)

            Text {
                objectName: "centreName"
                Layout.fillWidth: true
                text: qsTr("Intelligent Operations Center — Hai Phong")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.px(20)
                text: qsTr("Operator console · sign in to continue")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            LoginForm {
                id: form
                Layout.fillWidth: true
                session: screen.session
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.px(18)
                text: qsTr("Server: %1").arg(screen.session.serverName)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
                elide: Text.ElideMiddle
            }
        }
    }

    Text {
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter; bottomMargin: Theme.px(16) }
        text: qsTr("Every action is recorded under your name in the audit log.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    onVisibleChanged: if (visible) form.focusFirstEmpty()
}
