// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// One live series: label, value with unit, the time it was observed and its freshness colour.
Rectangle {
    id: tile

    required property string label
    required property string displayValue
    required property string unit
    required property string status
    required property date observedAt

    width: Theme.tileWidth
    height: Theme.tileHeight
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Qt.alpha(Theme.statusColor(status), 0.55)
    border.width: 1

    function statusText(s: string): string {
        switch (s) {
        case "fresh": return qsTr("Fresh")
        case "late": return qsTr("Late")
        case "stale": return qsTr("Stale")
        default: return qsTr("No data")
        }
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2 %3, %4").arg(label).arg(displayValue).arg(unit)
                     .arg(statusText(status))

    // Freshness stripe on the left edge.
    Rectangle {
        width: Theme.px(5)
        height: parent.height
        radius: Theme.radius
        color: Theme.statusColor(tile.status)
    }

    // Brief highlight whenever a new value arrives, so changes catch the eye.
    Rectangle {
        id: flash
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.accent
        opacity: 0
    }
    onDisplayValueChanged: flashAnimation.restart()
    NumberAnimation {
        id: flashAnimation
        target: flash; property: "opacity"; from: 0.28; to: 0; duration: 900
        easing.type: Easing.OutQuad
    }

    Text {
        id: labelText
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: Theme.px(12); rightMargin: Theme.px(8); topMargin: Theme.px(6) }
        text: tile.label
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        lineHeight: 0.95
    }

    Row {
        anchors { left: labelText.left; bottom: parent.bottom; bottomMargin: Theme.px(5) }
        spacing: Theme.px(5)
        Text {
            text: tile.displayValue
            color: tile.status === "stale" || tile.status === "no_data" ? Theme.textMuted
                                                                        : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontValue
            font.weight: Font.DemiBold
        }
        Text {
            anchors.baseline: parent.children[0].baseline
            text: tile.unit
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    Text {
        anchors { right: parent.right; rightMargin: Theme.px(8); bottom: parent.bottom }
        anchors.bottomMargin: Theme.px(8)
        horizontalAlignment: Text.AlignRight
        text: isNaN(tile.observedAt.getTime()) ? tile.statusText(tile.status)
              : qsTr("as of %1").arg(Qt.formatTime(tile.observedAt, "HH:mm:ss"))
        color: Theme.statusColor(tile.status)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTiny
    }
}
