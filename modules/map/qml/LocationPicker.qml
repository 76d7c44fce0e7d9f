// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import Ioc.Map

// Where did it happen? For the incident form: a click on the map sets the point, the
// commune-level unit containing it is resolved and shown as text.
ColumnLayout {
    id: picker

    property alias coordinate: map.pickedCoordinate
    readonly property string unitCode: map.pickedUnitCode
    readonly property string unitName: map.pickedUnitName
    property alias map: map

    signal picked(var coordinate, string unitCode, string unitName)

    spacing: 6

    MapView {
        id: map
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 200
        pickingMode: true
        insetEnabled: false
        onLocationPicked: (coordinate, code, name) => picker.picked(coordinate, code, name)
    }

    Label {
        objectName: "pickedText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: {
            if (!map.pickedCoordinate.isValid)
                return qsTr("Click the map where it happened.")
            const place = map.pickedCoordinate.latitude.toFixed(5) + ", " + map.pickedCoordinate.longitude.toFixed(5)
            if (map.pickedUnitCode === "")
                return qsTr("%1 — outside the city's communes and wards").arg(place)
            return qsTr("%1 — %2 (code %3)").arg(place).arg(map.pickedUnitName).arg(map.pickedUnitCode)
        }
    }
}
