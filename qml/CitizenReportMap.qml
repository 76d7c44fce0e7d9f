// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console
import Ioc.Map
import QtPositioning

// The open reports on the city map in their urgency colours; the selected one is highlighted and
// a click on a marker selects its report.
Rectangle {
    id: panel

    required property CitizenReportController reports

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    clip: true

    MapView {
        id: map
        objectName: "citizenMap"
        anchors.fill: parent
        anchors.margins: 1
        accentColor: Theme.accent
        layers: [reportLayer]
        selectedMarkerId: panel.reports.selectedId > 0 ? String(panel.reports.selectedId) : ""
        onSelectedMarkerIdChanged: {
            if (selectedMarkerId !== "" && Number(selectedMarkerId) !== panel.reports.selectedId)
                panel.reports.select(Number(selectedMarkerId))
        }
        // Same workaround as the board's map: under the software scene graph (Qt 6.4) markers
        // drawn after the first frame need the map in its own layer.
        layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
    }

    MapMarkerLayer {
        id: reportLayer
        title: qsTr("Citizen reports")
        model: panel.reports.markers
        kinds: ["report"]
    }

    MapMarkerTip { map: map }

    // The selected report's place in the middle of the map.
    Connections {
        target: panel.reports
        function onDetailChanged() {
            const l = panel.reports.detail.location
            if (l && typeof l.lat === "number" && typeof l.lon === "number")
                map.center = QtPositioning.coordinate(l.lat, l.lon)
        }
    }
}
