// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The open incidents, newest first: severity colour, reference, title, place and age.
WallRecordList {
    id: ticker

    required property var tile
    required property WallController wall

    readonly property string defaultTitle: qsTr("Open incidents")
    readonly property WallPolledFeed feed: wall.incidents
    readonly property string status: !feed.loaded ? "no_data" : feed.failing ? "late" : "fresh"
    readonly property string statusText: !feed.loaded ? qsTr("Loading…")
        : feed.failing ? qsTr("Updated %1").arg(WallFormat.age(feed.fetchedAt, wall.now))
        : qsTr("%n open", "", feed.model.count)

    model: feed.model
    emptyText: feed.loaded ? qsTr("No open incidents") : ""
    tone: record => Theme.severityColor(record.severity)
    headline: record => record.title
    detail: record => [record.ref, record.unit_name, IncidentText.statusName(record.status)]
                      .filter(s => s).join(" · ")
    trailing: record => WallFormat.age(new Date(record.created_at), ticker.wall.now)
}
