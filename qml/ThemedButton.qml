// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A button in the dark theme; `primary` is the one action a form is for.
Button {
    id: button

    property bool primary: false

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: primary ? Font.Bold : Font.Normal
    leftPadding: Theme.px(18)
    rightPadding: Theme.px(18)

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.primary ? Theme.background : Theme.text
        opacity: button.enabled ? 1 : 0.5
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: Theme.px(120)
        implicitHeight: Theme.px(44)
        radius: Theme.radius
        color: button.primary ? (button.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                              : (button.hovered ? Theme.surfaceRaised : "transparent")
        border.width: button.visualFocus ? Theme.px(2) : Theme.px(1)
        border.color: button.visualFocus ? Theme.text : (button.primary ? Theme.accent : Theme.border)
    }
}
