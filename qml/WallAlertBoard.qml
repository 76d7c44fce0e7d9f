// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The active alerts, most recent first: severity colour, message, series value and threshold.
// A server without the alerts service says so (404) and the tile says so, instead of an empty
// board that would look like "all clear".
WallRecordList {
    id: board

    required property var tile
    required property WallController wall

    readonly property string defaultTitle: qsTr("Active alerts")
    readonly property WallPolledFeed feed: wall.alerts
    readonly property int minSeverity: tile.min_severity ?? 1
    readonly property string status: !feed.available || !feed.loaded ? "no_data"
                                     : feed.failing ? "late" : "fresh"
    readonly property string statusText: !feed.available ? qsTr("No alerts service")
        : !feed.loaded ? qsTr("Loading…")
        : feed.failing ? qsTr("Updated %1").arg(WallFormat.age(feed.fetchedAt, wall.now))
        : qsTr("%n active", "", feed.model.count)
    readonly property string language: wall.workstation.language

    model: feed.model
    emptyText: !feed.available
               ? qsTr("The server has no alerts service (GET /api/v1/alerts answered 404): "
                      + "alerts cannot be shown here.")
               : feed.loaded ? qsTr("No active alerts") : ""
    tone: record => Theme.severityColor(record.severity)
    headline: record => WallFormat.text(record.message, board.language)
                        || WallFormat.text(record.rule_label, board.language)
    detail: record => {
        const parts = []
        if (record.value !== null && record.value !== undefined)
            parts.push(qsTr("value %1").arg(Number(record.value).toLocaleString(Qt.locale(), "f", 1)))
        if (record.threshold !== null && record.threshold !== undefined)
            parts.push(qsTr("threshold %1").arg(Number(record.threshold).toLocaleString(Qt.locale(), "f", 1)))
        if (record.state === "acknowledged")
            parts.push(qsTr("acknowledged"))
        return parts.join(" · ")
    }
    trailing: record => WallFormat.age(new Date(record.raised_at), board.wall.now)
}
