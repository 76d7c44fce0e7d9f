// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// Centre name, clock, connection and language.
Rectangle {
    id: header

    required property WorkstationController controller

    height: Theme.headerHeight
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.px(2)
        color: Theme.accent
    }

    Column {
        anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        width: parent.width - status.width - Theme.px(60)
        spacing: Theme.px(2)
        Text {
            width: parent.width
            text: qsTr("Hai Phong Intelligent Operations Center")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: qsTr("Duty officer workstation · live data by monitoring area (Art. 14.3)")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    Row {
        id: status
        anchors { right: parent.right; rightMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        spacing: Theme.px(20)
        ConnectionBadge {
            anchors.verticalCenter: parent.verticalCenter
            state: header.controller.connectionState
            lastDataAt: header.controller.lastDataAt
        }
        ClockLabel {
            anchors.verticalCenter: parent.verticalCenter
            language: header.controller.language
        }
        LanguageSwitch {
            anchors.verticalCenter: parent.verticalCenter
            language: header.controller.language
            onLanguageRequested: code => header.controller.setLanguage(code)
        }
    }
}
