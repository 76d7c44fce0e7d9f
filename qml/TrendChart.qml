// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCharts
import Ioc.Console

// One trend chart of a dashboard: its series over 1 h / 24 h / 7 d / 30 d (history from iocd,
// then live values appended in batches by TrendFeed) and, when the first series is forecastable,
// the forecast band ahead of now.
Rectangle {
    id: card

    required property var trend // {title, series, labels, unit, rangeSeconds}
    required property DashboardController controller
    readonly property alias feed: feed

    height: Theme.px(300)
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    TrendFeed {
        id: feed
        controller: card.controller
        seriesIds: card.trend.series
        rangeSeconds: card.trend.rangeSeconds
    }

    Text {
        id: title
        anchors { left: parent.left; right: ranges.left; top: parent.top; margins: Theme.px(10) }
        text: card.trend.title + (card.trend.unit ? " (" + card.trend.unit + ")" : "")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }

    Row {
        id: ranges
        anchors { right: parent.right; top: parent.top; margins: Theme.px(8) }
        spacing: Theme.px(4)
        Repeater {
            model: [{ s: 3600, t: qsTr("1 h") }, { s: 86400, t: qsTr("24 h") },
                    { s: 604800, t: qsTr("7 d") }, { s: 2592000, t: qsTr("30 d") }]
            delegate: Button {
                id: rangeButton
                required property var modelData
                text: modelData.t
                checkable: true
                checked: feed.rangeSeconds === modelData.s
                onClicked: feed.rangeSeconds = modelData.s
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
                leftPadding: Theme.px(8)
                rightPadding: Theme.px(8)
                topPadding: Theme.px(2)
                bottomPadding: Theme.px(2)
                Accessible.name: qsTr("Show the last %1").arg(text)
                contentItem: Text {
                    text: rangeButton.text
                    font: rangeButton.font
                    color: rangeButton.checked ? Theme.background : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitHeight: Theme.px(24)
                    radius: Theme.px(3)
                    color: rangeButton.checked ? Theme.accent : "transparent"
                    border.color: Theme.border
                }
            }
        }
    }

    ChartView {
        id: chart
        anchors { left: parent.left; right: parent.right; top: title.bottom; bottom: parent.bottom }
        anchors.margins: Theme.px(2)
        antialiasing: true
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: true
        legend.alignment: Qt.AlignBottom
        legend.labelColor: Theme.textMuted
        legend.font.family: Theme.fontFamily
        legend.font.pixelSize: Theme.fontTiny
        margins { top: 4; bottom: 4; left: 4; right: 4 }

        DateTimeAxis {
            id: axisX
            min: feed.from
            max: feed.to
            tickCount: 6
            format: feed.rangeSeconds <= 86400 ? "HH:mm" : "dd/MM"
            labelsColor: Theme.textMuted
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontTiny
            gridLineColor: Theme.border
            color: Theme.border
        }
        ValueAxis {
            id: axisY
            min: feed.minValue
            max: feed.maxValue
            tickCount: 5
            labelFormat: Math.abs(feed.maxValue - feed.minValue) < 10 ? "%.1f" : "%.0f"
            labelsColor: Theme.textMuted
            labelsFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontTiny
            gridLineColor: Theme.border
            color: Theme.border
        }
        AreaSeries {
            id: band
            name: qsTr("Forecast")
            axisX: axisX
            axisY: axisY
            visible: feed.hasForecast
            color: Qt.rgba(0.28, 0.72, 0.94, 0.22)
            borderColor: Qt.rgba(0.28, 0.72, 0.94, 0.6)
            upperSeries: LineSeries {}
            lowerSeries: LineSeries {}
        }
    }

    Text {
        anchors.centerIn: chart
        visible: !feed.loading && feed.pointCount === 0
        text: qsTr("No values in this time range yet")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Component.onCompleted: {
        for (let i = 0; i < trend.series.length; ++i) {
            const line = chart.createSeries(ChartView.SeriesTypeLine, trend.labels[i], axisX, axisY)
            line.color = Theme.chartColors[i % Theme.chartColors.length]
            line.width = 2
            feed.attachLine(i, line)
        }
        feed.attachBand(band.upperSeries, band.lowerSeries)
    }
}
