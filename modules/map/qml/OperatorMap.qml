// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Map

// The operator's map (workstation and wall): the city with toggleable layers for incidents,
// citizen reports, cameras and each kind of sensor, a choropleth legend, zoom buttons, marker
// tooltips and the data attribution. Models come from the console; selections go back to it.
Item {
    id: root

    property MapMarkerModel incidentModel: null
    property MapMarkerModel reportModel: null
    property MapMarkerModel cameraModel: null
    property MapMarkerModel sensorModel: null
    property string choroplethTitle
    property alias map: map
    property alias unitValues: map.unitValues
    property bool controlsVisible: true

    signal markerSelected(string id)
    signal unitSelected(string code)

    MapView {
        id: map
        anchors.fill: parent
        layers: [sensorsAir, sensorsWater, sensorsRain, sensorsTraffic, cameras, reports, incidents]
        onSelected: id => root.markerSelected(id)
        onUnitSelected: code => root.unitSelected(code)
    }

    // Listed bottom to top: incidents are drawn over everything else.
    MapMarkerLayer { id: incidents; objectName: "incidents"; title: qsTr("Incidents"); model: root.incidentModel; kinds: ["incident"] }
    MapMarkerLayer { id: reports; objectName: "reports"; title: qsTr("Citizen reports"); model: root.reportModel; kinds: ["report"] }
    MapMarkerLayer { id: cameras; objectName: "cameras"; title: qsTr("Cameras"); model: root.cameraModel; kinds: ["camera"] }
    MapMarkerLayer { id: sensorsAir; title: qsTr("Air quality"); model: root.sensorModel; kinds: ["sensor.air"] }
    MapMarkerLayer { id: sensorsWater; title: qsTr("Water level"); model: root.sensorModel; kinds: ["sensor.water"] }
    MapMarkerLayer { id: sensorsRain; title: qsTr("Rainfall"); model: root.sensorModel; kinds: ["sensor.rain"] }
    MapMarkerLayer { id: sensorsTraffic; title: qsTr("Traffic"); model: root.sensorModel; kinds: ["sensor.traffic"] }

    MapLayerBar {
        objectName: "layerBar"
        visible: root.controlsVisible
        anchors { left: parent.left; top: parent.top; margins: 8 }
        layers: [incidents, reports, cameras, sensorsAir, sensorsWater, sensorsRain, sensorsTraffic]
        timeLayer: incidents
    }

    Column {
        visible: root.controlsVisible
        anchors { right: parent.right; top: parent.top; margins: 8 }
        spacing: 4
        Button { text: "+"; width: 36; onClicked: map.zoomIn(); Accessible.name: qsTr("Zoom in") }
        Button { text: "−"; width: 36; onClicked: map.zoomOut(); Accessible.name: qsTr("Zoom out") }
        Button { text: "⌂"; width: 36; onClicked: map.fitAll(); Accessible.name: qsTr("Whole city") }
    }

    ColumnLayout {
        anchors { left: parent.left; bottom: parent.bottom; margins: 8 }
        spacing: 6
        ChoroplethLegend { map: map; title: root.choroplethTitle }
        Label {
            objectName: "unitUnderPointer"
            text: map.hoveredUnitName || map.selectedUnitName
            visible: text !== ""
            font.bold: true
            style: Text.Outline
            styleColor: "black"
            color: "white"
        }
        Label {
            text: map.backend ? map.backend.attribution : ""
            font.pixelSize: 11
            color: "#c0cbd6"
            style: Text.Outline
            styleColor: "black"
        }
    }

    MapMarkerTip { map: map }
}
