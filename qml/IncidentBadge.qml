// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A small coloured tag: severity, status, "overdue", "drill".
Rectangle {
    id: badge

    property alias text: label.text
    property color tint: Theme.accent
    property bool filled: false

    implicitWidth: label.implicitWidth + Theme.px(12)
    implicitHeight: label.implicitHeight + Theme.px(4)
    radius: Theme.px(4)
    color: filled ? tint : "transparent"
    border.color: tint
    border.width: Theme.px(1)

    Text {
        id: label
        anchors.centerIn: parent
        color: badge.filled ? Theme.background : badge.tint
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTiny
        font.weight: Font.Bold
    }
}
