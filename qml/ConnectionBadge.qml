// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// Whether the console is live, and if not, how old the data on screen is.
Rectangle {
    id: badge

    required property int state // ConnectionState
    required property date lastDataAt

    readonly property bool hasData: !isNaN(lastDataAt.getTime())
    readonly property string lastDataText: hasData ? Qt.formatDateTime(lastDataAt, "HH:mm:ss")
                                                   : qsTr("never")
    readonly property color stateColor: {
        switch (state) {
        case ConnectionState.Connected: return Theme.fresh
        case ConnectionState.Offline: return Theme.stale
        default: return Theme.late
        }
    }
    readonly property string text: {
        switch (state) {
        case ConnectionState.Connected: return qsTr("Connected")
        case ConnectionState.Reconnecting: return qsTr("Reconnecting…")
        case ConnectionState.Offline: return qsTr("Offline — last data at %1").arg(lastDataText)
        default: return qsTr("Connecting…")
        }
    }

    implicitWidth: row.implicitWidth + 2 * Theme.spacing + Theme.px(4)
    implicitHeight: row.implicitHeight + Theme.spacing
    radius: height / 2
    color: Qt.alpha(stateColor, 0.14)
    border.color: stateColor
    border.width: Theme.px(2)

    Accessible.role: Accessible.Indicator
    Accessible.name: text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(12)
            height: width
            radius: width / 2
            color: badge.stateColor
            SequentialAnimation on opacity {
                running: badge.state !== ConnectionState.Connected
                loops: Animation.Infinite
                alwaysRunToEnd: true
                NumberAnimation { to: 0.25; duration: 600 }
                NumberAnimation { to: 1; duration: 600 }
            }
        }
        Text {
            objectName: "badgeText"
            text: badge.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
    }
}
