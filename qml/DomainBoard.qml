// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The domain cards in balanced columns (masonry). Cards are dealt tallest first to the shortest
// column, which keeps the columns even; each column then lists its areas in regulation order and
// the columns are ordered by their first area.
Item {
    id: board

    required property DomainListModel domainModel
    required property SeriesListModel seriesModel
    property string unitCode          // "" for every unit
    property string selectedSeriesId  // highlighted tile
    // Series shown on all cards (after the unit filter).
    readonly property int seriesCount: {
        let n = 0
        for (let i = 0; i < cards.count; ++i)
            n += cards.itemAt(i)?.seriesCount ?? 0
        return n
    }

    readonly property int gap: Theme.px(10)
    readonly property int columns: Math.max(1, Math.floor((width + gap) / (Theme.columnMinWidth + gap)))
    readonly property real columnWidth: (width - (columns - 1) * gap) / columns

    function scheduleLayout() { Qt.callLater(board.layoutCards) }

    function layoutCards() {
        let placed = []
        for (let i = 0; i < cards.count; ++i) {
            const card = cards.itemAt(i)
            if (card && card.visible)
                placed.push({ card: card, index: i })
        }
        placed.sort((a, b) => b.card.height - a.card.height || a.index - b.index)
        let stacks = []
        for (let k = 0; k < columns; ++k)
            stacks.push({ height: 0, items: [] })
        for (const p of placed) {
            let shortest = stacks[0]
            for (const s of stacks)
                if (s.height < shortest.height)
                    shortest = s
            shortest.items.push(p)
            shortest.height += p.card.height + gap
        }
        for (const s of stacks)
            s.items.sort((a, b) => a.index - b.index)
        stacks.sort((a, b) => (a.items.length ? a.items[0].index : 1e9)
                              - (b.items.length ? b.items[0].index : 1e9))
        let tallest = 0
        stacks.forEach((s, column) => {
            let y = 0
            for (const p of s.items) {
                p.card.x = column * (columnWidth + gap)
                p.card.y = y
                y += p.card.height + gap
            }
            tallest = Math.max(tallest, y - gap)
        })
        implicitHeight = tallest
    }

    onColumnsChanged: scheduleLayout()
    onWidthChanged: scheduleLayout()

    Repeater {
        id: cards
        model: board.domainModel
        delegate: DomainCard {
            width: board.columnWidth
            seriesModel: board.seriesModel
            unitCode: board.unitCode
            selectedSeriesId: board.selectedSeriesId
            onHeightChanged: board.scheduleLayout()
            onVisibleChanged: board.scheduleLayout()
        }
        onItemAdded: board.scheduleLayout()
        onItemRemoved: board.scheduleLayout()
    }
}
