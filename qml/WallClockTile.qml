// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The time, the date and the shift on duty, large enough to read across the room.
Item {
    id: clock

    required property var tile
    required property WallController wall
    required property WallMetrics metrics

    readonly property string defaultTitle: ""
    readonly property string status: ""
    readonly property string statusText: ""
    readonly property string language: wall.workstation.language

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: clock.metrics.gap
        Text {
            objectName: "clockTime"
            width: parent.width
            height: Math.min(clock.metrics.fontHuge * 1.3, clock.height * 0.55)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.Fit
            minimumPixelSize: clock.metrics.fontTitle
            text: Qt.formatTime(clock.wall.now, "HH:mm:ss")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: clock.metrics.fontHuge
            font.weight: Font.Bold
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: clock.wall.now.toLocaleDateString(Qt.locale(clock.language === "en" ? "en_GB" : "vi_VN"),
                                                    Locale.LongFormat)
            elide: Text.ElideRight
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: clock.metrics.fontTitle
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            text: WallFormat.text(clock.wall.shiftName, clock.language)
            elide: Text.ElideRight
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: clock.metrics.fontTitle
            font.weight: Font.DemiBold
        }
    }
}
