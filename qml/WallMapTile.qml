// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console
import Ioc.Map

// The city map with the layers the layout chose: open incidents (severity colours) and sensors
// in their freshness colour, so a stale sensor shows as such on the map itself.
Item {
    id: mapTile

    required property var tile
    required property WallController wall
    required property WallMetrics metrics
    property alias map: map

    readonly property var layerNames: tile.layers ?? ["incidents", "sensor.traffic", "sensor.air", "sensor.water", "sensor.rain"]
    readonly property string defaultTitle: qsTr("City map")
    readonly property string status: ""
    readonly property string statusText: qsTr("%n open incident(s)", "", mapTile.wall.incidentMarkers.count)

    SeriesMarkerFeed {
        id: feed
        sourceModel: mapTile.wall.workstation.seriesModel
        statusColors: ({ fresh: Theme.fresh, late: Theme.late, stale: Theme.stale, no_data: Theme.noData })
    }

    MapView {
        id: map
        objectName: "wallMap"
        anchors.fill: parent
        accentColor: Theme.accent
        labelsVisible: true
        layers: [other, air, water, rain, traffic, incidents]
        // Same workaround as the workstation's map (software scene graph, Qt 6.4): render the
        // map in its own layer so marker batches keep the item's offset.
        layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
    }

    MapMarkerLayer { id: traffic; title: qsTr("Traffic"); model: feed.markers; kinds: ["sensor.traffic"]; visible: mapTile.layerNames.includes("sensor.traffic") }
    MapMarkerLayer { id: air; title: qsTr("Air quality"); model: feed.markers; kinds: ["sensor.air"]; visible: mapTile.layerNames.includes("sensor.air") }
    MapMarkerLayer { id: water; title: qsTr("Water level"); model: feed.markers; kinds: ["sensor.water"]; visible: mapTile.layerNames.includes("sensor.water") }
    MapMarkerLayer { id: rain; title: qsTr("Rainfall"); model: feed.markers; kinds: ["sensor.rain"]; visible: mapTile.layerNames.includes("sensor.rain") }
    MapMarkerLayer { id: other; title: qsTr("Other sensors"); model: feed.markers; kinds: ["sensor.other"]; visible: mapTile.layerNames.includes("sensor.other") }
    MapMarkerLayer { id: incidents; title: qsTr("Incidents"); model: mapTile.wall.incidentMarkers; kinds: ["incident"]; visible: mapTile.layerNames.includes("incidents") }

    // What the colours mean, for people across the room.
    Row {
        anchors { left: parent.left; bottom: parent.bottom; margins: mapTile.metrics.px(6) }
        spacing: mapTile.metrics.gap
        Repeater {
            model: [["fresh", Theme.fresh], ["late", Theme.late], ["stale", Theme.stale], ["no_data", Theme.noData]]
            Row {
                id: key
                required property var modelData
                spacing: mapTile.metrics.px(5)
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: mapTile.metrics.px(12); height: width; radius: width / 2
                    color: key.modelData[1]
                }
                Text {
                    text: WallFormat.statusLabel(key.modelData[0])
                    color: Theme.text
                    style: Text.Outline
                    styleColor: Theme.background
                    font.family: Theme.fontFamily
                    font.pixelSize: mapTile.metrics.fontSmall
                }
            }
        }
    }

    Text {
        anchors { right: parent.right; bottom: parent.bottom; margins: mapTile.metrics.px(6) }
        text: map.backend ? map.backend.attribution : ""
        color: Theme.textMuted
        style: Text.Outline
        styleColor: Theme.background
        font.family: Theme.fontFamily
        font.pixelSize: mapTile.metrics.px(11)
    }
}
