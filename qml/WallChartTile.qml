// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import Ioc.Console

// A trend chart of chosen series over the last `window_s` seconds (default one hour): history
// from the server, then each new value appended as it arrives. The legend gives every line's
// latest value and, when it is not fresh, its freshness in words.
Item {
    id: chartTile

    required property var tile
    required property WallController wall
    required property WallMetrics metrics

    readonly property string defaultTitle: feed.legend.length > 0 ? feed.legend[0].domainLabel ?? "" : ""
    readonly property var palette: ["#47b8f0", "#ffd166", "#c792ea", "#7ee081", "#ff8c69", "#9ad0ff", "#f78fb3", "#e0e0e0"]
    readonly property string status: {
        let worst = "fresh"
        for (const entry of feed.legend)
            worst = WallFormat.worse(worst, entry.status ?? "no_data")
        return feed.legend.length === 0 ? "no_data" : worst
    }
    readonly property string statusText: status === "fresh" ? "" : WallFormat.statusLabel(status)

    WallTrendFeed {
        id: feed
        wall: chartTile.wall
        seriesIds: chartTile.tile.series
        windowSeconds: chartTile.tile.window_s ?? 3600
    }

    ChartView {
        id: chart
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: legend.top }
        anchors.margins: -chartTile.metrics.px(6)
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: false
        antialiasing: false // cheaper under the software renderer; lines are 2 px anyway
        margins { left: 0; right: 0; top: 0; bottom: 0 }

        DateTimeAxis {
            id: timeAxis
            min: feed.from
            max: feed.to
            format: "HH:mm"
            tickCount: 5
            labelsColor: Theme.textMuted
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: chartTile.metrics.fontSmall
            gridLineColor: Theme.border
            lineVisible: false
        }
        ValueAxis {
            id: valueAxis
            min: feed.minimum
            max: feed.maximum
            tickCount: 4
            labelFormat: "%.4g"
            labelsColor: Theme.textMuted
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: chartTile.metrics.fontSmall
            gridLineColor: Theme.border
            lineVisible: false
        }

        Component.onCompleted: {
            const ids = chartTile.tile.series
            for (let i = 0; i < ids.length; ++i) {
                const line = chart.createSeries(ChartView.SeriesTypeLine, ids[i], timeAxis, valueAxis)
                line.color = chartTile.palette[i % chartTile.palette.length]
                line.width = chartTile.metrics.px(2)
                line.useOpenGL = false
                feed.attach(i, line)
            }
        }
    }

    Flow {
        id: legend
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        spacing: chartTile.metrics.gap * 2
        Repeater {
            model: feed.legend
            Row {
                id: entry
                required property var modelData
                required property int index
                spacing: chartTile.metrics.px(6)
                readonly property bool fresh: modelData.status === "fresh"
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: chartTile.metrics.px(16)
                    height: chartTile.metrics.px(4)
                    color: chartTile.palette[entry.index % chartTile.palette.length]
                }
                Text {
                    // Up to three entries side by side; long labels elide rather than wrap.
                    width: Math.min(implicitWidth, chartTile.width / Math.min(3, feed.legend.length)
                                    - chartTile.metrics.px(16) - 3 * chartTile.metrics.gap
                                    - (entry.fresh ? 0 : staleText.implicitWidth))
                    elide: Text.ElideRight
                    text: (entry.modelData.label ?? entry.modelData.id) + "  "
                          + (entry.modelData.displayValue ?? "—") + " " + (entry.modelData.unit ?? "")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: chartTile.metrics.fontSmall
                }
                Text {
                    id: staleText
                    visible: !entry.fresh
                    text: WallFormat.statusLabel(entry.modelData.status ?? "no_data") + " · "
                          + WallFormat.age(entry.modelData.observedAt ?? new Date(NaN), chartTile.wall.now)
                    color: Theme.statusColor(entry.modelData.status ?? "no_data")
                    font.family: Theme.fontFamily
                    font.pixelSize: chartTile.metrics.fontSmall
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
