// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Views

TestCase {
    id: testCase
    name: "SeriesTile"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: tileComponent
        SeriesTile {}
    }

    function make(props) {
        const tile = createTemporaryObject(tileComponent, testCase, Object.assign({ width: 360 }, props))
        verify(tile !== null, "tile created")
        return tile
    }

    function texts(item) {
        let out = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.text !== undefined)
                out.push(child.text)
            out = out.concat(texts(child))
        }
        return out
    }

    function test_showsValueUnitAndTime() {
        const tile = make({ label: "Chỉ số chất lượng không khí – Lê Chân", displayValue: "57",
                            unit: "AQI", status: "fresh",
                            observedAt: new Date(2026, 10, 28, 9, 15, 30) })
        const shown = texts(tile)
        verify(shown.indexOf("57") >= 0, shown)
        verify(shown.indexOf("AQI") >= 0, shown)
        verify(shown.indexOf("as of 09:15:30") >= 0, shown)
        verify(shown.indexOf("Chỉ số chất lượng không khí – Lê Chân") >= 0, shown)
    }

    function test_freshnessColours() {
        const tile = make({ label: "x", displayValue: "1", unit: "", status: "stale",
                            observedAt: new Date(2026, 10, 28, 9, 0, 0) })
        compare(Theme.statusColor(tile.status), Theme.stale)
        verify(Qt.colorEqual(tile.children[0].color, Theme.stale), "stripe shows freshness")
        tile.status = "late"
        verify(Qt.colorEqual(tile.children[0].color, Theme.late))
        tile.status = "fresh"
        verify(Qt.colorEqual(tile.children[0].color, Theme.fresh))
    }

    function test_noDataShowsStatusInsteadOfTime() {
        const tile = make({ label: "x", displayValue: "—", unit: "%", status: "no_data",
                            observedAt: new Date(NaN) })
        verify(texts(tile).indexOf("No data") >= 0, texts(tile))
    }

    function test_valueUpdatesInPlace() {
        const tile = make({ label: "x", displayValue: "1", unit: "", status: "fresh",
                            observedAt: new Date(2026, 10, 28, 9, 0, 0) })
        tile.displayValue = "2"
        verify(texts(tile).indexOf("2") >= 0)
    }

    function test_selectedTileIsOutlined() {
        const tile = make({ label: "x", displayValue: "1", unit: "", status: "fresh",
                            observedAt: new Date(2026, 10, 28, 9, 0, 0) })
        compare(tile.border.width, 0)
        tile.selected = true
        verify(tile.border.width > 0, "a tile picked on the map is outlined")
        verify(Qt.colorEqual(tile.border.color, Theme.accent))
        tile.selected = false
        compare(tile.border.width, 0)
    }
}
