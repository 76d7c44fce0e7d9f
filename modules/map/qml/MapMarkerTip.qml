// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Map

// Tooltip of the marker or cluster under the pointer (MapView.hoveredMarker), placed next to it.
ToolTip {
    id: tip

    required property MapView map
    readonly property var info: map.hoveredMarker
    readonly property int count: info.count ?? 0

    parent: map
    visible: count > 0
    delay: 150
    x: Math.min((info.x ?? 0) + 14, map.width - width - 4)
    y: Math.max((info.y ?? 0) - height - 10, 4)
    text: {
        if (count > 1)
            return qsTr("%1: %n item(s), click to zoom in", "", count).arg(info.layer)
        let lines = [info.label || info.id]
        if (info.timestamp instanceof Date && !isNaN(info.timestamp))
            lines.push(info.timestamp.toLocaleString(Qt.locale(), Locale.ShortFormat))
        if (info.overdue)
            lines.push(qsTr("Overdue"))
        return lines.join("\n")
    }
}
