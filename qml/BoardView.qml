// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// Every live series, grouped by monitoring area, next to the city map. A marker selects its
// series (highlighted on the board, details on the map); a unit selected on the map narrows the
// board to that unit.
SplitView {
    id: boardView

    required property WorkstationController controller
    property bool mapShown: true

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
                domainModel: boardView.controller.domainModel
                seriesModel: boardView.controller.seriesModel
                unitCode: map.selectedUnitCode
                selectedSeriesId: map.selectedSeriesId
            }
        }
    }

    MapPanel {
        id: map
        visible: boardView.mapShown
        SplitView.preferredWidth: Math.round(boardView.width * 0.36)
        SplitView.minimumWidth: Theme.px(420)
        seriesModel: boardView.controller.seriesModel
    }
}
