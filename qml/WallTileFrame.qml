// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The frame every wall tile shares: title, a freshness badge (what the tile says about its own
// data: fresh, late, stale, no signal, …) and the tile's content, chosen by its kind.
Rectangle {
    id: frame

    required property var tile
    required property WallController wall
    required property WallMetrics metrics

    readonly property var content: loader.item
    readonly property string language: wall.workstation.language

    objectName: "wallTile_" + tile.kind
    radius: metrics.radius
    color: Theme.surface
    border.color: content && content.status !== "fresh" && content.status !== "" ? Theme.statusColor(content.status) : Theme.border
    border.width: metrics.px(content && (content.status === "stale" || content.status === "no_data") ? 3 : 1)
    clip: true

    Item {
        id: titleBar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: frame.metrics.pad; rightMargin: frame.metrics.pad; topMargin: frame.metrics.px(8) }
        height: Math.max(title.implicitHeight, badge.height)
        visible: frame.tile.kind !== "clock"

        Text {
            id: title
            anchors { left: parent.left; right: badge.left; rightMargin: frame.metrics.gap; verticalCenter: parent.verticalCenter }
            text: WallFormat.text(frame.tile.title, frame.language) || (frame.content ? frame.content.defaultTitle : "")
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: frame.metrics.fontTitle
            font.weight: Font.DemiBold
        }

        Rectangle {
            id: badge
            objectName: "freshnessBadge"
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            visible: frame.content !== null && frame.content.statusText !== ""
            width: visible ? badgeText.implicitWidth + 2 * frame.metrics.px(10) : 0
            height: badgeText.implicitHeight + frame.metrics.px(6)
            radius: height / 2
            color: Qt.alpha(Theme.statusColor(frame.content ? frame.content.status : ""), 0.18)
            border.color: Theme.statusColor(frame.content ? frame.content.status : "")
            border.width: frame.metrics.px(2)
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: frame.content ? frame.content.statusText : ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: frame.metrics.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }

    Loader {
        id: loader
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.top: titleBar.visible ? titleBar.bottom : parent.top
        anchors.margins: frame.metrics.pad
        anchors.topMargin: titleBar.visible ? frame.metrics.px(8) : frame.metrics.pad
        Component.onCompleted: {
            const files = { map: "WallMapTile.qml", kpi: "WallKpiTile.qml",
                            chart: "WallChartTile.qml", incidents: "WallIncidentTicker.qml",
                            alerts: "WallAlertBoard.qml", sources: "WallSourcesBoard.qml",
                            clock: "WallClockTile.qml", video: "WallVideoTile.qml" }
            setSource(Qt.resolvedUrl(files[frame.tile.kind]),
                      { tile: frame.tile, wall: frame.wall, metrics: frame.metrics })
        }
    }
}
