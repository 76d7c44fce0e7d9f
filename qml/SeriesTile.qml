// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// One live series as a compact row: freshness stripe, label, value with unit and the time it was
// observed (in the freshness colour). The width comes from the card.
Rectangle {
    id: tile

    required property string label
    required property string displayValue
    required property string unit
    required property string status
    required property date observedAt
    property bool selected: false // picked on the map

    height: Theme.tileHeight
    radius: Theme.px(4)
    color: Theme.surfaceRaised
    border.color: Theme.accent
    border.width: selected ? Theme.px(2) : 0

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

    // Freshness stripe on the left edge (first child: the tests look for it).
    Rectangle {
        id: stripe
        width: Theme.px(4)
        height: parent.height
        radius: Theme.px(2)
        color: Theme.statusColor(tile.status)
    }

    // Brief highlight whenever a new value arrives, so changes catch the eye.
    Rectangle {
        id: flash
        anchors.fill: parent
        radius: tile.radius
        color: Theme.accent
        opacity: 0
    }
    onDisplayValueChanged: flashAnimation.restart()
    NumberAnimation {
        id: flashAnimation
        target: flash; property: "opacity"; from: 0.3; to: 0; duration: 900
        easing.type: Easing.OutQuad
    }

    Text {
        anchors { left: stripe.right; leftMargin: Theme.px(8); right: values.left }
        anchors { rightMargin: Theme.px(8); verticalCenter: parent.verticalCenter }
        text: tile.label
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        lineHeight: 0.92
    }

    Column {
        id: values
        anchors { right: parent.right; rightMargin: Theme.px(8); verticalCenter: parent.verticalCenter }
        spacing: -Theme.px(2)
        Row {
            anchors.right: parent.right
            spacing: Theme.px(4)
            Text {
                id: valueText
                text: tile.displayValue
                color: tile.status === "stale" || tile.status === "no_data" ? Theme.textMuted
                                                                            : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontValue
                font.weight: Font.DemiBold
            }
            Text {
                anchors.baseline: valueText.baseline
                text: tile.unit
                visible: text.length > 0
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
            }
        }
        Text {
            anchors.right: parent.right
            text: isNaN(tile.observedAt.getTime()) ? tile.statusText(tile.status)
                  : qsTr("as of %1").arg(Qt.formatTime(tile.observedAt, "HH:mm:ss"))
            color: Theme.statusColor(tile.status)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
        }
    }
}
