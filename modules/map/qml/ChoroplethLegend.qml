// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Map

// Colour scale of the map's per-unit values: title, gradient from minimum to maximum, and the
// "no value" swatch (units left unfilled).
Pane {
    id: legend

    required property MapView map
    property string title

    visible: Object.keys(map.unitValues).length > 0
    padding: 8
    opacity: 0.94

    ColumnLayout {
        spacing: 4
        Label {
            text: legend.title
            font.bold: true
            visible: text !== ""
        }
        // One gradient segment between each pair of neighbouring colour stops.
        Row {
            Repeater {
                model: legend.map.choroplethColors.length - 1
                delegate: Rectangle {
                    required property int index
                    width: 180 / (legend.map.choroplethColors.length - 1)
                    height: 12
                    gradient: Gradient {
                        orientation: Gradient.Horizontal
                        GradientStop { position: 0; color: legend.map.choroplethColors[index] }
                        GradientStop { position: 1; color: legend.map.choroplethColors[index + 1] }
                    }
                }
            }
        }
        RowLayout {
            Layout.preferredWidth: 180
            Label { text: Number(legend.map.choroplethMinimum).toLocaleString(Qt.locale(), "f", 1) }
            Item { Layout.fillWidth: true }
            Label { text: Number(legend.map.choroplethMaximum).toLocaleString(Qt.locale(), "f", 1) }
        }
        RowLayout {
            spacing: 6
            Rectangle {
                width: 12; height: 12
                color: "transparent"
                border.color: legend.map.borderColor
            }
            Label { text: qsTr("no value") }
        }
    }
}
