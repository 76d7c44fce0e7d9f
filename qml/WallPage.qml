// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// One page of a wall screen: its grid of tiles, each placed by row, column and spans.
Item {
    id: pageItem

    required property var page
    required property WallController wall
    required property WallMetrics metrics

    readonly property int rows: pageItem.page ? pageItem.page.rows : 1
    readonly property int columns: pageItem.page ? pageItem.page.columns : 1
    readonly property real cellWidth: (width - (columns + 1) * metrics.gap) / columns
    readonly property real cellHeight: (height - (rows + 1) * metrics.gap) / rows

    Repeater {
        model: pageItem.page ? pageItem.page.tiles : []
        WallTileFrame {
            required property var modelData
            tile: modelData
            wall: pageItem.wall
            metrics: pageItem.metrics
            x: pageItem.metrics.gap + modelData.column * (pageItem.cellWidth + pageItem.metrics.gap)
            y: pageItem.metrics.gap + modelData.row * (pageItem.cellHeight + pageItem.metrics.gap)
            width: modelData.column_span * pageItem.cellWidth + (modelData.column_span - 1) * pageItem.metrics.gap
            height: modelData.row_span * pageItem.cellHeight + (modelData.row_span - 1) * pageItem.metrics.gap
        }
    }
}
