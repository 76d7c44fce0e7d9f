// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The duty officer's main window: every live series, grouped by monitoring area.
ApplicationWindow {
    id: window

    required property WorkstationController controller

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: qsTr("Hai Phong IOC — Workstation")
    font.family: Theme.fontFamily

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.5, Math.min(window.width / 1920, window.height / 1080))
    }

    header: HeaderBar {
        controller: window.controller
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.px(10)
        contentWidth: availableWidth
        clip: true

        DomainBoard {
            width: scroll.availableWidth
            domainModel: window.controller.domainModel
            seriesModel: window.controller.seriesModel
        }
    }

    footer: Rectangle {
        height: Theme.px(30)
        color: Theme.surface
        StatusLegend {
            anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        }
        Text {
            anchors { right: parent.right; rightMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
            text: qsTr("Backend %1 · %n update(s) received", "", window.controller.updateCount)
                  .arg(window.controller.backendUrl)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
