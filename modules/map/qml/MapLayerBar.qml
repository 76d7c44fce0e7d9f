// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Map

// Toggles for the map's marker layers, and the time window of the incident layer
// (last 1 h / 6 h / 24 h / custom range).
Pane {
    id: bar

    required property list<MapMarkerLayer> layers
    property MapMarkerLayer timeLayer: null

    padding: 6
    opacity: 0.94

    ColumnLayout {
        spacing: 4

        Flow {
            Layout.maximumWidth: 560
            spacing: 4
            Repeater {
                model: bar.layers
                delegate: CheckBox {
                    required property MapMarkerLayer modelData
                    text: modelData.title
                    checked: modelData.visible
                    onToggled: modelData.visible = checked
                    Accessible.name: qsTr("Show %1").arg(modelData.title)
                }
            }
        }

        RowLayout {
            visible: bar.timeLayer !== null
            spacing: 6
            Label { text: qsTr("Incidents from") }
            ComboBox {
                id: window
                objectName: "timeWindow"
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("any time"), value: MapMarkerLayer.AnyTime },
                    { text: qsTr("the last hour"), value: MapMarkerLayer.LastHour },
                    { text: qsTr("the last 6 hours"), value: MapMarkerLayer.Last6Hours },
                    { text: qsTr("the last 24 hours"), value: MapMarkerLayer.Last24Hours },
                    { text: qsTr("a custom range"), value: MapMarkerLayer.Custom }
                ]
                // The model lists the windows in enum order.
                currentIndex: bar.timeLayer ? bar.timeLayer.timeWindow : 0
                onActivated: bar.timeLayer.timeWindow = currentValue
            }
            TimeField {
                visible: window.currentValue === MapMarkerLayer.Custom
                placeholderText: qsTr("from yyyy-MM-dd hh:mm")
                onAccepted: bar.timeLayer.from = value
            }
            TimeField {
                visible: window.currentValue === MapMarkerLayer.Custom
                placeholderText: qsTr("to yyyy-MM-dd hh:mm")
                onAccepted: bar.timeLayer.to = value
            }
        }
    }

    // A local date-time typed as yyyy-MM-dd hh:mm; empty means an open end.
    component TimeField: TextField {
        property date value
        signal accepted()
        Layout.preferredWidth: 170
        validator: RegularExpressionValidator {
            regularExpression: /^$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
        }
        onEditingFinished: {
            value = text === "" ? new Date(NaN) : Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd hh:mm")
            accepted()
        }
    }
}
