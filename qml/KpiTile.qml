// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// One KPI of a dashboard: label, value with unit, target, change against the previous period,
// the time it was observed and a status colour (target, warning threshold and freshness, judged
// in modules/domain). The width comes from the dashboard's grid.
Rectangle {
    id: tile

    required property string label
    required property string displayValue
    required property string unit
    required property string status
    required property string freshness
    required property string targetText
    required property string changeText
    required property var improved
    required property string comparePeriod
    required property date observedAt
    required property bool known

    height: Theme.px(128)
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    function statusText(s: string): string {
        switch (s) {
        case "on_target": return qsTr("On target")
        case "warning": return qsTr("Warning")
        case "breach": return qsTr("Off target")
        case "stale": return qsTr("Stale")
        case "neutral": return qsTr("No target")
        default: return qsTr("No data")
        }
    }
    function periodText(p: string): string {
        switch (p) {
        case "1h": return qsTr("vs 1 h ago")
        case "7d": return qsTr("vs 7 days ago")
        case "30d": return qsTr("vs 30 days ago")
        default: return qsTr("vs 24 h ago")
        }
    }
    function asOfText(): string {
        if (isNaN(observedAt.getTime()))
            return qsTr("never received")
        const today = new Date()
        const sameDay = observedAt.toDateString() === today.toDateString()
        return qsTr("as of %1").arg(Qt.formatDateTime(observedAt, sameDay ? "HH:mm:ss" : "dd/MM HH:mm"))
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2 %3, %4").arg(label).arg(displayValue).arg(unit).arg(statusText(status))

    Rectangle {
        id: stripe
        width: Theme.px(6)
        height: parent.height
        radius: Theme.px(3)
        color: Theme.kpiStatusColor(tile.status)
    }

    Column {
        anchors { left: stripe.right; right: parent.right; top: parent.top; margins: Theme.px(10) }
        spacing: Theme.px(3)

        Text {
            width: parent.width
            height: Theme.px(34)
            text: tile.known ? tile.label : qsTr("Unknown series: %1").arg(tile.label)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            lineHeight: 0.95
        }
        Row {
            spacing: Theme.px(6)
            Text {
                id: value
                text: tile.displayValue
                color: tile.status === "stale" || tile.status === "no_data" ? Theme.textMuted : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.px(28)
                font.weight: Font.DemiBold
            }
            Text {
                anchors.baseline: value.baseline
                text: tile.unit
                visible: text.length > 0
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                anchors.baseline: value.baseline
                text: tile.statusText(tile.status)
                color: Theme.kpiStatusColor(tile.status)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
        Row {
            width: parent.width
            spacing: Theme.px(8)
            Text {
                id: target
                text: qsTr("Target %1").arg(tile.targetText)
                visible: tile.targetText !== ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
            }
            Text {
                width: parent.width - (target.visible ? target.width + parent.spacing : 0)
                text: tile.changeText !== ""
                      ? (tile.improved === true ? "▲ " : tile.improved === false ? "▼ " : "")
                        + tile.changeText + " " + tile.periodText(tile.comparePeriod)
                      : qsTr("no earlier value to compare")
                color: tile.improved === true ? Theme.fresh
                       : tile.improved === false ? Theme.stale : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
                elide: Text.ElideRight
            }
        }
        Text {
            width: parent.width
            text: tile.asOfText()
            color: Theme.statusColor(tile.freshness)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
            elide: Text.ElideRight
        }
    }
}
