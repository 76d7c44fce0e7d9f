// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtPositioning
import Ioc.Map

// The operator map's layer buttons hide and show their layer; the time window filters incidents.
Item {
    width: 1100
    height: 700

    MapMarkerModel { id: incidents }
    MapMarkerModel { id: sensors }

    OperatorMap {
        id: operatorMap
        anchors.fill: parent
        incidentModel: incidents
        sensorModel: sensors
        map.animationDuration: 0
    }

    SignalSpy { id: selectedSpy; target: operatorMap; signalName: "markerSelected" }

    TestCase {
        name: "OperatorMap"
        when: windowShown

        function findButton(item, label) {
            if (item.text === label && item.checkable !== undefined)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findButton(item.children[i], label)
                if (found)
                    return found
            }
            return null
        }

        function initTestCase() {
            tryVerify(() => operatorMap.map.ready, 5000)
            const old = new Date(Date.now() - 3 * 3600 * 1000)
            incidents.upsert({ id: "fresh", kind: "incident", latitude: 20.8585, longitude: 106.68142,
                               severity: 3, label: "Fresh", timestamp: new Date() })
            incidents.upsert({ id: "old", kind: "incident", latitude: 20.8655, longitude: 106.6845,
                               severity: 1, label: "Old", timestamp: old })
            sensors.upsert({ id: "rain-1", kind: "sensor.rain", latitude: 20.85, longitude: 106.70 })
            operatorMap.map.center = QtPositioning.coordinate(20.862, 106.683)
            operatorMap.map.zoomLevel = 15
        }

        function clickAt(lat, lon) {
            const p = operatorMap.map.coordinateToPoint(QtPositioning.coordinate(lat, lon))
            mouseClick(operatorMap.map, p.x, p.y)
        }

        function test_layerButtonTogglesTheLayer() {
            const button = findButton(operatorMap, "Incidents")
            verify(button, "the Incidents toggle exists")
            verify(button.checked)
            selectedSpy.clear()
            clickAt(20.8585, 106.68142)
            compare(selectedSpy.count, 1)
            mouseClick(button)
            verify(!button.checked)
            clickAt(20.8585, 106.68142)
            compare(selectedSpy.count, 1, "hidden incidents are not clickable")
            mouseClick(button)
            clickAt(20.8585, 106.68142)
            compare(selectedSpy.count, 2)
        }

        function test_timeWindowHidesOldIncidents() {
            selectedSpy.clear()
            clickAt(20.8655, 106.6845)
            compare(selectedSpy.count, 1)
            const incidentLayer = operatorMap.map.layers[operatorMap.map.layers.length - 1]
            incidentLayer.timeWindow = MapMarkerLayer.LastHour
            clickAt(20.8655, 106.6845)
            compare(selectedSpy.count, 1, "a 3-hour-old incident is outside the last hour")
            clickAt(20.8585, 106.68142)
            compare(selectedSpy.count, 2)
            incidentLayer.timeWindow = MapMarkerLayer.AnyTime
        }

        function test_sensorKindsHaveTheirOwnLayers() {
            const rain = findButton(operatorMap, "Rainfall")
            verify(rain)
            selectedSpy.clear()
            clickAt(20.85, 106.70)
            compare(selectedSpy.count, 1)
            compare(selectedSpy.signalArguments[0][0], "rain-1")
            mouseClick(rain)
            clickAt(20.85, 106.70)
            compare(selectedSpy.count, 1)
            mouseClick(rain)
        }
    }
}
