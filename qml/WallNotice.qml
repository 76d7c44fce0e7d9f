// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A wall-wide message along the bottom of a screen (connection lost, layout not applied):
// a dark bar with a coloured edge, large enough to read across the room, never blinking.
Rectangle {
    id: notice

    required property WallMetrics metrics
    property bool shown: false
    property color tone: Theme.late
    property alias text: label.text

    visible: shown
    height: shown ? label.implicitHeight + 2 * metrics.pad : 0
    color: Qt.darker(tone, 4.2)

    Rectangle {
        width: notice.metrics.px(10)
        height: parent.height
        color: notice.tone
    }

    Text {
        id: label
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: notice.metrics.px(10) + notice.metrics.pad
        anchors.rightMargin: notice.metrics.pad
        color: Theme.text
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: notice.metrics.fontTitle
        font.weight: Font.DemiBold
    }
}
