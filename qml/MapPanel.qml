// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console
import QtPositioning
import Ioc.Map

// The workstation's map: every located series as a sensor marker in its freshness colour, one
// toggleable layer per sensor kind, the selected series' details and the data credit.
// A click on a marker selects the series; a click on a commune-level unit selects the unit.
Rectangle {
    id: panel

    required property SeriesListModel seriesModel
    property alias selectedSeriesId: map.selectedMarkerId
    property alias selectedUnitCode: map.selectedUnitCode
    readonly property string selectedUnitName: map.selectedUnitName
    readonly property int markerCount: feed.markers.count

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    clip: true

    SeriesMarkerFeed {
        id: feed
        sourceModel: panel.seriesModel
        statusColors: ({ fresh: Theme.fresh, late: Theme.late, stale: Theme.stale,
                         no_data: Theme.noData })
    }

    MapView {
        id: map
        objectName: "workstationMap"
        anchors.fill: parent
        anchors.margins: 1
        accentColor: Theme.accent
        layers: [other, air, water, rain, traffic]
        // Workaround: under the software scene graph (Qt 6.4) marker batches created after the
        // first frame are drawn without the item's offset in the window; rendering the map in
        // its own layer puts it at the origin. To be fixed in Ioc.Map (see the report).
        layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
    }

    // Listed bottom to top in `layers`; the bar lists them in reading order.
    MapMarkerLayer { id: traffic; title: qsTr("Traffic"); model: feed.markers; kinds: ["sensor.traffic"] }
    MapMarkerLayer { id: air; title: qsTr("Air quality"); model: feed.markers; kinds: ["sensor.air"] }
    MapMarkerLayer { id: water; title: qsTr("Water level"); model: feed.markers; kinds: ["sensor.water"] }
    MapMarkerLayer { id: rain; title: qsTr("Rainfall"); model: feed.markers; kinds: ["sensor.rain"] }
    MapMarkerLayer { id: other; title: qsTr("Other sensors"); model: feed.markers; kinds: ["sensor.other"] }

    MapLayerBar {
        anchors { left: parent.left; top: parent.top; right: zoom.left; margins: Theme.px(8) }
        layers: [traffic, air, water, rain, other]
        palette.window: Theme.surfaceRaised
        palette.windowText: Theme.text
        palette.base: Theme.surface
        palette.text: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Column {
        id: zoom
        anchors { right: parent.right; top: parent.top; margins: Theme.px(8) }
        spacing: Theme.px(4)
        ZoomButton { text: "+"; onClicked: map.zoomIn(); Accessible.name: qsTr("Zoom in") }
        ZoomButton { text: "−"; onClicked: map.zoomOut(); Accessible.name: qsTr("Zoom out") }
        ZoomButton { text: "⌂"; onClicked: map.fitAll(); Accessible.name: qsTr("Whole city") }
    }

    component ZoomButton: Button {
        width: Theme.px(36)
        palette.button: Theme.surfaceRaised
        palette.buttonText: Theme.text
    }

    SeriesDetails {
        id: details
        anchors { right: parent.right; bottom: credit.top; margins: Theme.px(8) }
        width: Math.min(Theme.px(380), parent.width - 2 * Theme.px(8))
        seriesModel: panel.seriesModel
        seriesId: map.selectedMarkerId
        placeName: (lat, lon) => map.ready && lat !== null && lon !== null
                                 ? map.unitAt(QtPositioning.coordinate(lat, lon)).fullName ?? ""
                                 : ""
        onCloseRequested: map.selectedMarkerId = ""
    }

    Text {
        id: hovered
        anchors { left: parent.left; bottom: credit.top; margins: Theme.px(8) }
        text: map.hoveredUnitName || map.selectedUnitName
        visible: text !== ""
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        style: Text.Outline
        styleColor: Theme.background
    }

    Text {
        id: credit
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.px(8) }
        text: map.backend ? map.backend.attribution : ""
        elide: Text.ElideRight
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTiny
        style: Text.Outline
        styleColor: Theme.background
    }

    MapMarkerTip { map: map }
}
