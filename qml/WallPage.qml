// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// One page of a wall screen: its grid of tiles, each placed by row, column and spans.
Item {
    id: page

    required property var page
    required property WallController wall
    required property WallMetrics metrics

    readonly property int rows: page ? page.rows : 1
    readonly property int columns: page ? page.columns : 1
    readonly property real cellWidth: (width - (columns + 1) * metrics.gap) / columns
    readonly property real cellHeight: (height - (rows + 1) * metrics.gap) / rows

    Repeater {
        model: page.page ? page.page.tiles : []
        WallTileFrame {
            required property var modelData
            tile: modelData
            wall: page.wall
            metrics: page.metrics
            x: page.metrics.gap + modelData.column * (page.cellWidth + page.metrics.gap)
            y: page.metrics.gap + modelData.row * (page.cellHeight + page.metrics.gap)
            width: modelData.column_span * page.cellWidth + (modelData.column_span - 1) * page.metrics.gap
            height: modelData.row_span * page.cellHeight + (modelData.row_span - 1) * page.metrics.gap
        }
    }
}
