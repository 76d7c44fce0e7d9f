// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// Local time and date, in the UI language's conventions.
Column {
    id: clock

    required property string language
    property date now: new Date()

    Timer {
        interval: 1000
        running: true
        repeat: true
        triggeredOnStart: true
        onTriggered: clock.now = new Date()
    }

    Text {
        anchors.right: parent.right
        text: Qt.formatTime(clock.now, "HH:mm:ss")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
    }
    Text {
        anchors.right: parent.right
        text: clock.now.toLocaleDateString(Qt.locale(clock.language === "en" ? "en_GB" : "vi_VN"),
                                           "dddd, dd/MM/yyyy")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
