// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A text field in the dark theme, with a clearly visible focus frame (keyboard-first forms).
TextField {
    id: field

    property bool invalid: false

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.background
    leftPadding: Theme.px(12)
    rightPadding: Theme.px(12)
    topPadding: Theme.px(10)
    bottomPadding: Theme.px(10)
    selectByMouse: true

    background: Rectangle {
        implicitWidth: Theme.px(320)
        implicitHeight: Theme.px(44)
        radius: Theme.radius
        color: field.enabled ? Theme.background : Theme.surface
        border.width: field.activeFocus ? Theme.px(2) : Theme.px(1)
        border.color: field.invalid ? Theme.stale : (field.activeFocus ? Theme.accent : Theme.border)
    }
}
