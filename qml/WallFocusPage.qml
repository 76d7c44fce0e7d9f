// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtPositioning
import Ioc.Console

// The page that takes the focus screen for a severe incident or alert: the map zoomed to the
// place, what happened, and the series that bear on it. Leaves when the subject is acknowledged
// or after the layout's time-out (rules in domain/WallFocus).
Item {
    id: focusPage

    required property WallController wall
    required property WallMetrics metrics

    readonly property var record: wall.focus
    readonly property bool isAlert: record.kind === "alert"
    readonly property string language: wall.workstation.language
    readonly property string key: (record.kind ?? "") + ":" + (record.id ?? "")

    onKeyChanged: Qt.callLater(zoomToPlace)

    function zoomToPlace() {
        const map = mapFrame.content ? mapFrame.content.map : null
        if (!map || !visible)
            return
        if (record.location && record.location.lat !== undefined) {
            map.center = QtPositioning.coordinate(record.location.lat, record.location.lon)
            map.zoomLevel = 13
        } else if (!record.unit_code || !map.fitToUnit(record.unit_code)) {
            const s = record.series ? wall.series(record.series) : ({})
            if (s.latitude !== undefined && s.latitude !== null) {
                map.center = QtPositioning.coordinate(s.latitude, s.longitude)
                map.zoomLevel = 13
            } else {
                map.fitAll()
            }
        }
    }
    onVisibleChanged: if (visible) Qt.callLater(zoomToPlace)

    // Series that bear on the subject: the alert's own series, else those of the incident's
    // domain in its commune (or the domain's first few).
    SeriesFilterModel {
        id: related
        sourceModel: focusPage.wall.workstation.seriesModel
        domainId: focusPage.isAlert ? "" : (focusPage.record.domain ?? "")
        seriesId: focusPage.isAlert ? (focusPage.record.series ?? "") : ""
    }
    readonly property var relatedIds: {
        void related.count
        const ids = []
        for (let i = 0; i < related.count && ids.length < 3; ++i)
            ids.push(related.data(related.index(i, 0), SeriesListModel.IdRole))
        return ids
    }

    WallTileFrame {
        id: mapFrame
        x: focusPage.metrics.gap
        y: focusPage.metrics.gap
        width: focusPage.width * 0.58 - 1.5 * focusPage.metrics.gap
        height: focusPage.height - 2 * focusPage.metrics.gap
        tile: ({ kind: "map", layers: ["incidents", "sensor.traffic", "sensor.air", "sensor.water", "sensor.rain"] })
        wall: focusPage.wall
        metrics: focusPage.metrics
    }

    WallFocusDetails {
        id: details
        x: mapFrame.x + mapFrame.width + focusPage.metrics.gap
        y: focusPage.metrics.gap
        width: focusPage.width - x - focusPage.metrics.gap
        height: (focusPage.height - 3 * focusPage.metrics.gap) * 0.5
        record: focusPage.record
        wall: focusPage.wall
        metrics: focusPage.metrics
    }

    // Rebuilt for each subject (a chart's lines are made when it is created).
    Repeater {
        model: focusPage.relatedIds.length > 0 && focusPage.visible ? [focusPage.key] : []
        WallTileFrame {
            x: details.x
            y: details.y + details.height + focusPage.metrics.gap
            width: details.width
            height: focusPage.height - y - focusPage.metrics.gap
            tile: ({ kind: "chart", series: focusPage.relatedIds, window_s: 3600,
                     title: { vi: "Số liệu liên quan", en: "Related series" } })
            wall: focusPage.wall
            metrics: focusPage.metrics
        }
    }
}
