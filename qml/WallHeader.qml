// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The strip along the top of a wall screen: what this page is, where the rotation stands, the
// shift on duty, the time and whether the data is live.
Rectangle {
    id: header

    required property WallController wall
    required property WallMetrics metrics
    required property string pageTitle
    required property int pageCount
    required property int pageIndex
    required property string screenName

    readonly property bool live: wall.workstation.connectionState === ConnectionState.Connected

    height: metrics.headerHeight
    color: Theme.surface

    Row {
        id: left
        anchors { left: parent.left; leftMargin: header.metrics.pad; verticalCenter: parent.verticalCenter }
        spacing: header.metrics.gap
        Text {
            text: qsTr("Hai Phong IOC")
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: header.metrics.fontTitle
            font.weight: Font.Bold
        }
        Text {
            width: Math.min(implicitWidth, header.width * 0.45)
            text: header.pageTitle
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: header.metrics.fontTitle
            font.weight: Font.DemiBold
        }
        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: header.metrics.px(6)
            visible: header.pageCount > 1
            Repeater {
                model: header.pageCount
                Rectangle {
                    required property int index
                    width: header.metrics.px(12)
                    height: width
                    radius: width / 2
                    color: index === header.pageIndex ? Theme.accent : Theme.border
                }
            }
        }
    }

    Row {
        anchors { right: parent.right; rightMargin: header.metrics.pad; verticalCenter: parent.verticalCenter }
        spacing: header.metrics.gap * 2
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: WallFormat.text(header.wall.shiftName, header.wall.workstation.language)
            visible: text !== ""
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: header.metrics.fontBody
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: Qt.formatTime(header.wall.now, "HH:mm")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: header.metrics.fontTitle
            font.weight: Font.DemiBold
        }
        Rectangle {
            objectName: "liveIndicator"
            anchors.verticalCenter: parent.verticalCenter
            width: liveText.implicitWidth + 2 * header.metrics.pad
            height: liveText.implicitHeight + header.metrics.px(8)
            radius: height / 2
            color: Qt.alpha(header.live ? Theme.fresh : Theme.late, 0.16)
            border.color: header.live ? Theme.fresh : Theme.late
            border.width: header.metrics.px(2)
            Text {
                id: liveText
                anchors.centerIn: parent
                text: header.live ? qsTr("Live") : qsTr("Not live")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: header.metrics.fontBody
                font.weight: Font.DemiBold
            }
        }
    }
}
