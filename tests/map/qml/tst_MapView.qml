// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtPositioning
import Ioc.Map

// Clicking a marker selects it; clicking beside it selects the unit underneath instead.
Item {
    id: root
    width: 900
    height: 600

    MapMarkerModel { id: markers }

    MapView {
        id: map
        anchors.fill: parent
        animationDuration: 0
        layers: [ MapMarkerLayer { id: incidents; title: "Incidents"; model: markers } ]
    }

    SignalSpy { id: selectedSpy; target: map; signalName: "selected" }
    SignalSpy { id: unitSpy; target: map; signalName: "unitSelected" }

    TestCase {
        name: "MapView"
        when: windowShown

        // Cát Bi airport and Hải Phòng railway station (resources/map/haiphong_landmarks.csv).
        readonly property var airport: QtPositioning.coordinate(20.81917, 106.72472)
        readonly property var station: QtPositioning.coordinate(20.85611, 106.6875)

        function initTestCase() {
            tryVerify(() => map.ready, 5000, "map data loaded")
            markers.upsert({ id: "INC-1", kind: "incident", latitude: airport.latitude,
                             longitude: airport.longitude, severity: 4, label: "Cháy kho" })
            markers.upsert({ id: "INC-2", kind: "incident", latitude: station.latitude,
                             longitude: station.longitude, severity: 2, label: "Ùn tắc" })
        }

        function init() {
            selectedSpy.clear()
            unitSpy.clear()
            map.selectedMarkerId = ""
            map.selectedUnitCode = ""
        }

        function test_clickMarkerSelectsIt() {
            map.center = airport
            map.zoomLevel = 15
            waitForRendering(map)
            const p = map.coordinateToPoint(airport)
            mouseClick(map, p.x, p.y)
            compare(selectedSpy.count, 1)
            compare(selectedSpy.signalArguments[0][0], "INC-1")
            compare(map.selectedMarkerId, "INC-1")
            compare(unitSpy.count, 0)
        }

        function test_clickBesideMarkerSelectsTheUnit() {
            map.center = airport
            map.zoomLevel = 15
            const p = map.coordinateToPoint(airport)
            mouseClick(map, p.x + 60, p.y + 40)
            compare(selectedSpy.count, 0)
            compare(unitSpy.count, 1)
            compare(map.selectedUnitCode, "11413")
            compare(map.selectedUnitName, "Phường Hải An")
        }

        function test_selectionFollowsTheClickedMarker() {
            map.center = station
            map.zoomLevel = 16
            const p = map.coordinateToPoint(station)
            mouseClick(map, p.x, p.y)
            compare(map.selectedMarkerId, "INC-2")
            incidents.visible = false
            mouseClick(map, p.x, p.y)
            compare(selectedSpy.count, 1, "a hidden layer cannot be clicked")
            incidents.visible = true
        }
    }
}
