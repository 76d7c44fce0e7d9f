// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtPositioning
import Ioc.Map

// The incident form's location picker: a click sets the point and names its unit.
Item {
    width: 600
    height: 450

    LocationPicker {
        id: picker
        anchors.fill: parent
        map.animationDuration: 0
    }

    SignalSpy { id: pickedSpy; target: picker; signalName: "picked" }

    TestCase {
        name: "LocationPicker"
        when: windowShown

        function test_clickResolvesTheUnit() {
            tryVerify(() => picker.map.ready, 5000)
            const label = findChild(picker, "pickedText")
            verify(label.text.length > 0 && picker.unitCode === "")
            const catBi = QtPositioning.coordinate(20.81917, 106.72472)
            picker.map.center = catBi
            picker.map.zoomLevel = 14
            const p = picker.map.coordinateToPoint(catBi)
            mouseClick(picker.map, p.x, p.y)
            compare(pickedSpy.count, 1)
            compare(picker.unitCode, "11413")
            compare(picker.unitName, "Phường Hải An")
            verify(label.text.indexOf("Phường Hải An") >= 0, label.text)
            verify(label.text.indexOf("11413") >= 0)
            verify(picker.coordinate.distanceTo(catBi) < 20)
        }
    }
}
