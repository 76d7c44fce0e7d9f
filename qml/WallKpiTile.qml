// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The key figures of one domain: each series' value and unit with a stripe in its freshness
// colour and its age when it is not fresh. As many as fit; the rest are counted, not hidden.
Item {
    id: kpi

    required property var tile
    required property WallController wall
    required property WallMetrics metrics

    property string defaultTitle: ""
    property string status: "no_data"
    property string statusText: ""

    readonly property int columns: Math.max(1, Math.floor(width / metrics.px(200)))
    readonly property real cellWidth: (width - (columns - 1) * metrics.gap) / columns
    readonly property int cellHeight: metrics.px(78)
    readonly property int rowsFitting: Math.floor((height + metrics.gap) / (cellHeight + metrics.gap))
    // When not all fit, one row's worth of height goes to the "and N more" line.
    readonly property int capacity: series.count <= rowsFitting * columns ? rowsFitting * columns
        : Math.max(1, Math.floor((height + metrics.gap - metrics.fontSmall * 1.6) / (cellHeight + metrics.gap))) * columns

    SeriesFilterModel {
        id: series
        sourceModel: kpi.wall.workstation.seriesModel
        domainId: kpi.tile.domain
    }

    // Freshness of the tile: the worst of what it shows, re-judged every second.
    Timer {
        interval: 1000; running: true; repeat: true; triggeredOnStart: true
        onTriggered: {
            let worst = "fresh", late = 0
            for (let i = 0; i < repeater.count; ++i) {
                const item = repeater.itemAt(i)
                if (!item || !item.visible) continue
                worst = WallFormat.worse(worst, item.status)
                if (item.status !== "fresh") ++late
            }
            kpi.defaultTitle = repeater.count > 0 ? repeater.itemAt(0).domainLabel : ""
            kpi.status = repeater.count === 0 ? "no_data" : worst
            kpi.statusText = repeater.count === 0 ? qsTr("No data")
                           : late === 0 ? "" : qsTr("%n not fresh", "", late)
        }
    }

    Flow {
        width: parent.width
        spacing: kpi.metrics.gap
        Repeater {
            id: repeater
            model: series
            Rectangle {
                id: cell
                required property int index
                required property string label
                required property string displayValue
                required property string unit
                required property string status
                required property date observedAt
                required property string domainLabel
                visible: index < kpi.capacity
                width: kpi.cellWidth
                height: kpi.cellHeight
                radius: kpi.metrics.px(4)
                color: Theme.surfaceRaised
                Rectangle {
                    width: kpi.metrics.stripe
                    height: parent.height
                    radius: kpi.metrics.px(2)
                    color: Theme.statusColor(cell.status)
                }
                Text {
                    anchors { left: parent.left; right: parent.right; top: parent.top }
                    anchors { leftMargin: kpi.metrics.px(14); rightMargin: kpi.metrics.px(8); topMargin: kpi.metrics.px(5) }
                    text: cell.label
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: kpi.metrics.fontSmall
                }
                Row {
                    anchors { left: parent.left; leftMargin: kpi.metrics.px(14); bottom: parent.bottom; bottomMargin: kpi.metrics.px(5) }
                    spacing: kpi.metrics.px(6)
                    Text {
                        text: cell.displayValue
                        color: cell.status === "fresh" ? Theme.text : Theme.statusColor(cell.status)
                        font.family: Theme.fontFamily
                        font.pixelSize: kpi.metrics.fontValue
                        font.weight: Font.Bold
                    }
                    Text {
                        anchors.baseline: parent.children[0].baseline
                        width: Math.min(implicitWidth, kpi.cellWidth - parent.children[0].width - kpi.metrics.px(30))
                        elide: Text.ElideRight
                        text: cell.status === "fresh" ? cell.unit
                              : cell.unit + " · " + WallFormat.age(cell.observedAt, kpi.wall.now)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: kpi.metrics.fontSmall
                    }
                }
            }
        }
    }

    Text {
        id: moreText
        anchors { left: parent.left; bottom: parent.bottom }
        visible: series.count > kpi.capacity
        text: qsTr("and %n more series", "", series.count - kpi.capacity)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: kpi.metrics.fontSmall
    }
}
