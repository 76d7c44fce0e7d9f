// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Sizes of one wall window, scaled from its size (1.0 at 1920×1080, 2.0 at 3840×2160). Each
// window has its own: the wall's screens need not be alike. Colours come from Theme.
QtObject {
    property real scale: 1.0
    function px(v: real): int { return Math.max(1, Math.round(v * scale)) }

    readonly property int fontSmall: px(15)
    readonly property int fontBody: px(19)
    readonly property int fontTitle: px(23)
    readonly property int fontValue: px(30)
    readonly property int fontHuge: px(84)
    readonly property int gap: px(10)
    readonly property int pad: px(12)
    readonly property int radius: px(8)
    readonly property int stripe: px(5)
    readonly property int headerHeight: px(54)
}
