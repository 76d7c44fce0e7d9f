// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The duty officer's main window: every live series, grouped by monitoring area, next to the
// city map. A marker selects its series (highlighted on the board, details on the map); a unit
// selected on the map narrows the board to that unit.
ApplicationWindow {
    id: window

    required property WorkstationController controller
    property bool mapShown: true
    property bool aboutAtStart: false

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
        mapShown: window.mapShown
        onMapToggled: shown => window.mapShown = shown
        onAboutRequested: about.open()
    }

    SplitView {
        anchors.fill: parent
        anchors.margins: Theme.px(10)
        orientation: Qt.Horizontal
        handle: Rectangle {
            implicitWidth: Theme.px(10)
            color: SplitHandle.pressed || SplitHandle.hovered ? Theme.border : "transparent"
        }

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: Theme.columnMinWidth

            UnitFilterBar {
                id: unitFilter
                width: parent.width
                unitName: map.selectedUnitName
                seriesCount: board.seriesCount
                onClearRequested: map.selectedUnitCode = ""
            }

            ScrollView {
                id: scroll
                anchors { fill: parent; topMargin: unitFilter.visible ? unitFilter.height + Theme.px(8) : 0 }
                contentWidth: availableWidth
                clip: true

                DomainBoard {
                    id: board
                    width: scroll.availableWidth
                    domainModel: window.controller.domainModel
                    seriesModel: window.controller.seriesModel
                    unitCode: map.selectedUnitCode
                    selectedSeriesId: map.selectedSeriesId
                }
            }
        }

        MapPanel {
            id: map
            visible: window.mapShown
            SplitView.preferredWidth: Math.round(window.width * 0.36)
            SplitView.minimumWidth: Theme.px(420)
            seriesModel: window.controller.seriesModel
        }
    }

    AboutDialog { id: about }
    Component.onCompleted: if (aboutAtStart) about.open()

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
