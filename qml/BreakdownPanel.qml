// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console
import Ioc.Map

// A dashboard's breakdown by commune-level unit: the table (highest first) beside the map's
// choropleth of the same values. Picking a unit in either drills down: the map frames it and the
// unit's series are listed under the table.
Rectangle {
    id: panel

    required property DashboardController controller
    readonly property BreakdownModel breakdown: controller.breakdown
    property string selectedUnit: ""
    readonly property var unitSeries: {
        breakdown.unitValues // re-evaluated whenever the values move
        return selectedUnit !== "" ? breakdown.seriesInUnit(selectedUnit) : []
    }

    height: Theme.px(440)
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    function select(code: string) {
        selectedUnit = code
        map.selectedUnitCode = code
        if (code !== "")
            map.fitToUnit(code)
        else
            map.fitAll()
    }

    Connections {
        target: panel.controller
        function onCurrentChanged() { panel.select("") }
    }

    Text {
        id: title
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(10) }
        text: panel.controller.breakdownTitle
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }

    Item {
        id: tableArea
        anchors { left: parent.left; top: title.bottom; bottom: parent.bottom; margins: Theme.px(10) }
        width: Math.round(parent.width * 0.42)

        // Column titles (not a ListView header: Qt 6.4 fails to create that one here).
        Row {
            id: columnTitles
            width: parent.width
            height: Theme.px(24)
            Text { width: parent.width * 0.62; text: qsTr("Commune / ward"); color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny }
            Text { width: parent.width * 0.2; horizontalAlignment: Text.AlignRight; text: qsTr("Value"); color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny }
            Text { width: parent.width * 0.18; horizontalAlignment: Text.AlignRight; text: qsTr("Series"); color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny }
        }
        ListView {
            id: table
            objectName: "breakdownTable"
            anchors { left: parent.left; right: parent.right; top: columnTitles.bottom }
            height: parent.height - columnTitles.height - (drill.visible ? drill.height + Theme.px(8) : 0)
            clip: true
            model: panel.breakdown
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string unitCode
                required property string unitName
                required property string displayValue
                required property int seriesCount
                required property string status
                width: table.width
                height: Theme.px(28)
                color: panel.selectedUnit === unitCode ? Theme.border
                       : mouse.containsMouse ? Theme.surface : "transparent"
                radius: Theme.px(3)
                Rectangle {
                    width: Theme.px(4); height: parent.height - Theme.px(8)
                    anchors.verticalCenter: parent.verticalCenter
                    // Bar of the value's place between the smallest and largest unit.
                    color: Theme.accent
                    opacity: {
                        const values = Object.values(panel.breakdown.unitValues)
                        const lo = Math.min(...values), hi = Math.max(...values)
                        const v = panel.breakdown.unitValues[row.unitCode] ?? lo
                        return hi > lo ? 0.25 + 0.75 * (v - lo) / (hi - lo) : 1
                    }
                }
                Text {
                    x: Theme.px(10); width: parent.width * 0.62 - x
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.unitName; elide: Text.ElideRight
                    color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall
                }
                Text {
                    x: parent.width * 0.62; width: parent.width * 0.2
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignRight
                    text: row.displayValue
                    color: Theme.statusColor(row.status); font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold
                }
                Text {
                    x: parent.width * 0.82; width: parent.width * 0.18 - Theme.px(4)
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignRight
                    text: row.seriesCount
                    color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall
                }
                MouseArea {
                    id: mouse
                    anchors.fill: parent
                    hoverEnabled: true
                    onClicked: panel.select(panel.selectedUnit === row.unitCode ? "" : row.unitCode)
                }
            }
            Text {
                anchors.centerIn: parent
                visible: table.count === 0
                text: qsTr("No unit has a value yet")
                color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall
            }
        }

        // Drill-down: the series behind the selected unit's value.
        Rectangle {
            id: drill
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            visible: panel.selectedUnit !== ""
            height: drillColumn.implicitHeight + Theme.px(12)
            radius: Theme.px(4)
            color: Theme.surface
            border.color: Theme.accent
            Column {
                id: drillColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(6) }
                spacing: Theme.px(2)
                Text {
                    width: parent.width
                    text: panel.breakdown.unitName(panel.selectedUnit)
                    color: Theme.accent; font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Repeater {
                    model: panel.unitSeries
                    delegate: Row {
                        id: seriesRow
                        required property var modelData
                        width: drillColumn.width
                        Text {
                            width: parent.width * 0.7
                            text: seriesRow.modelData.label
                            elide: Text.ElideRight
                            color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny
                        }
                        Text {
                            width: parent.width * 0.3
                            horizontalAlignment: Text.AlignRight
                            text: seriesRow.modelData.displayValue + " " + seriesRow.modelData.unit
                            color: Theme.statusColor(seriesRow.modelData.status)
                            font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny
                        }
                    }
                }
            }
        }
    }

    Rectangle {
        anchors { left: tableArea.right; right: parent.right; top: title.bottom; bottom: parent.bottom; margins: Theme.px(10) }
        radius: Theme.px(4)
        color: Theme.surface
        border.color: Theme.border
        clip: true

        MapView {
            id: map
            objectName: "breakdownMap"
            anchors.fill: parent
            anchors.margins: 1
            accentColor: Theme.accent
            labelsVisible: false
            unitValues: panel.breakdown.unitValues
            choroplethColors: ["#1b3a4b", "#2f7f8f", "#e8c547", "#f08a3c", "#e2453c"]
            onUnitSelected: code => panel.select(panel.breakdown.unitValues[code] !== undefined ? code : "")
            // Same workaround as the workstation map (software scene graph, Qt 6.4).
            layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
        }
        ChoroplethLegend {
            anchors { left: parent.left; bottom: parent.bottom; margins: Theme.px(8) }
            map: map
            title: qsTr("Value by unit")
            palette.window: Theme.surfaceRaised
            palette.windowText: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
        }
        Text {
            anchors { right: parent.right; top: parent.top; margins: Theme.px(8) }
            text: map.hoveredUnitName
            visible: text !== ""
            color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall
            style: Text.Outline; styleColor: Theme.background
        }
    }
}
