// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Wording shared by the wall's tiles: ages ("3 min ago") and localized texts from the layout.
QtObject {
    // How long ago `then` was, at `now`; "—" when `then` is not a valid time.
    function age(then: date, now: date): string {
        const ms = now.getTime() - then.getTime()
        if (isNaN(ms))
            return "—"
        const s = Math.max(0, Math.round(ms / 1000))
        if (s < 60)
            return qsTr("%n s ago", "", s)
        if (s < 3600)
            return qsTr("%n min ago", "", Math.floor(s / 60))
        if (s < 86400)
            return qsTr("%n h ago", "", Math.floor(s / 3600))
        return qsTr("%n day(s) ago", "", Math.floor(s / 86400))
    }

    // A {"vi","en"} map from the layout in `language`; "" when absent.
    function text(map: var, language: string): string {
        if (!map)
            return ""
        return (language === "en" ? map.en : map.vi) ?? map.vi ?? ""
    }

    function statusLabel(status: string): string {
        switch (status) {
        case "fresh": return qsTr("Fresh")
        case "late": return qsTr("Late")
        case "stale": return qsTr("Stale")
        default: return qsTr("No data")
        }
    }

    // The worse of two freshness statuses (fresh < late < stale < no_data).
    function worse(a: string, b: string): string {
        const order = ["fresh", "late", "stale", "no_data"]
        return order.indexOf(a) >= order.indexOf(b) ? a : b
    }
}
