// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The series selected on the map: label, value, freshness, area and place. Hidden when nothing
// is selected.
Rectangle {
    id: box

    required property SeriesListModel seriesModel
    property string seriesId
    // (latitude, longitude) → the name of the place, "" when unknown; given by the map.
    property var placeName: (lat, lon) => ""

    signal closeRequested()

    visible: seriesId !== "" && current.count > 0
    height: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.accent
    opacity: 0.97

    SeriesFilterModel {
        id: current
        sourceModel: box.seriesModel
        seriesId: box.seriesId
    }

    Column {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        Repeater {
            model: box.seriesId === "" ? null : current
            delegate: Column {
                id: row
                required property string label
                required property string domainLabel
                required property string displayValue
                required property string unit
                required property string status
                required property date observedAt
                required property var latitude
                required property var longitude
                readonly property string place: box.placeName(latitude, longitude)
                width: content.width
                spacing: Theme.px(4)

                Item {
                    width: parent.width
                    height: title.height
                    Text {
                        id: title
                        width: parent.width - close.width - Theme.spacing
                        text: row.label
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    ToolButton {
                        id: close
                        anchors { right: parent.right; top: parent.top; topMargin: -Theme.px(6) }
                        text: "✕"
                        font.pixelSize: Theme.fontSmall
                        onClicked: box.closeRequested()
                        Accessible.name: qsTr("Close details")
                    }
                }
                Row {
                    spacing: Theme.px(6)
                    Text {
                        id: value
                        text: row.displayValue
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontValue
                        font.weight: Font.DemiBold
                    }
                    Text {
                        anchors.baseline: value.baseline
                        text: row.unit
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        anchors.baseline: value.baseline
                        text: isNaN(row.observedAt.getTime()) ? ""
                              : qsTr("as of %1").arg(Qt.formatTime(row.observedAt, "HH:mm:ss"))
                        color: Theme.statusColor(row.status)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Text {
                    width: parent.width
                    text: row.place === "" ? row.domainLabel
                          : qsTr("%1 · %2").arg(row.domainLabel).arg(row.place)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
