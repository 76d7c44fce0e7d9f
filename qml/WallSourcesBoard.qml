// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// Data freshness per source ("đúng, đủ, sạch, sống"): each source's status colour, when it last
// delivered and how often it went silent; the badge counts those not fresh.
WallRecordList {
    id: board

    required property var tile
    required property WallController wall

    readonly property string defaultTitle: qsTr("Data sources")
    readonly property WallPolledFeed feed: wall.sources
    readonly property string language: wall.workstation.language
    readonly property int notFresh: {
        let n = 0
        const m = feed.model
        void feed.fetchedAt // re-count after every fetch
        for (let i = 0; i < m.count; ++i)
            if (m.data(m.index(i, 0), WallRecordModel.RecordRole).status !== "fresh") ++n
        return n
    }
    readonly property string status: !feed.loaded ? "no_data" : feed.failing ? "late" : "fresh"
    readonly property string statusText: !feed.loaded ? qsTr("Loading…")
        : feed.failing ? qsTr("Updated %1").arg(WallFormat.age(feed.fetchedAt, wall.now))
        : notFresh > 0 ? qsTr("%n not fresh", "", notFresh) : qsTr("All fresh")

    model: feed.model
    emptyText: feed.loaded ? qsTr("No sources configured") : ""
    tone: record => Theme.statusColor(record.status)
    headline: record => WallFormat.text(record.label, board.language) || record.id
    detail: record => WallFormat.statusLabel(record.status)
                      + (record.last_received_at ? " · " + qsTr("last data %1")
                         .arg(WallFormat.age(new Date(record.last_received_at), board.wall.now))
                         : " · " + qsTr("never delivered"))
    trailing: record => record.gaps > 0 ? qsTr("%n gap(s)", "", record.gaps) : ""
}
