// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, sizes and fonts of every view. Dark and high-contrast for a 24/7 operations room.
// `scale` is set by the root window from its size (1.0 at 1920×1080) so the wall can use 4K.
QtObject {
    property real scale: 1.0
    function px(v: real): int { return Math.max(1, Math.round(v * scale)) }

    readonly property string fontFamily: "Noto Sans"

    readonly property color background: "#0a0e13"
    readonly property color surface: "#121a23"
    readonly property color surfaceRaised: "#1a2430"
    readonly property color border: "#2b3848"
    readonly property color text: "#f3f6f9"
    readonly property color textMuted: "#a7b3c1"
    readonly property color accent: "#47b8f0"

    readonly property color fresh: "#2fd27a"
    readonly property color late: "#f6b93b"
    readonly property color stale: "#ff5a5a"
    readonly property color noData: "#7d8896"

    // Incident severity 1 low … 4 critical: the same colours iocd gives in
    // GET /incident-categories (modules/domain severityColour), used everywhere.
    readonly property var severityColors: ["#7d8896", "#2E7D32", "#F9A825", "#EF6C00", "#C62828"]
    readonly property color drill: "#b388ff"

    function severityColor(level: int): color {
        return severityColors[Math.max(0, Math.min(4, level))]
    }

    function statusColor(status: string): color {
        switch (status) {
        case "fresh": return fresh
        case "late": return late
        case "stale": return stale
        default: return noData
        }
    }

    // KPI tiles (modules/domain evaluateKpi): target met, warning band, breach; stale and missing
    // values are grey, a KPI without a target is in the accent colour.
    function kpiStatusColor(status: string): color {
        switch (status) {
        case "on_target": return fresh
        case "warning": return late
        case "breach": return stale
        case "neutral": return accent
        default: return noData
        }
    }
    // Lines of a trend chart, in order.
    readonly property var chartColors: ["#47b8f0", "#f6b93b", "#b388ff", "#2fd27a", "#ff7aa8", "#9fe2bf"]

    readonly property int fontTiny: px(11)
    readonly property int fontSmall: px(13)
    readonly property int fontBody: px(15)
    readonly property int fontTitle: px(22)
    readonly property int fontValue: px(19)

    readonly property int spacing: px(8)
    readonly property int gap: px(6)
    readonly property int radius: px(6)
    readonly property int headerHeight: px(68)
    readonly property int tileHeight: px(39)
    readonly property int columnMinWidth: px(360)
}
