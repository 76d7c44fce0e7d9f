// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One source on the data-source board: freshness, expected interval, last update, lateness,
// gaps, accepted and rejected points, its connector, the urges so far and the "urge" action.
Rectangle {
    id: row

    required property string sourceId
    required property string label
    required property string kind
    required property int expectedIntervalS
    required property date lastReceivedAt
    required property string status
    required property int latenessS
    required property bool overdue
    required property int gaps
    required property int accepted
    required property int rejected
    required property string rejectedReasons
    required property string connectorState
    required property string connectorError
    required property int urgeCount
    required property date lastUrgeAt
    property bool selected: false
    property bool canUrge: true
    // Column widths, shared with the header (fractions of the row).
    readonly property var columns: [0.25, 0.08, 0.12, 0.1, 0.06, 0.13, 0.1, 0.08, 0.08]

    signal clicked()
    signal urgeRequested()

    height: Theme.px(44)
    radius: Theme.px(4)
    color: selected ? Theme.border : row.overdue ? Qt.rgba(1, 0.35, 0.35, 0.08) : Theme.surfaceRaised

    function duration(s: int): string {
        if (s < 120) return qsTr("%1 s").arg(s)
        if (s < 7200) return qsTr("%1 min").arg(Math.round(s / 60))
        if (s < 172800) return qsTr("%1 h").arg(Math.round(s / 3600))
        return qsTr("%1 d").arg(Math.round(s / 86400))
    }
    function kindText(k: string): string {
        switch (k) {
        case "department": return qsTr("Department")
        case "commune": return qsTr("Commune")
        case "sensor": return qsTr("Sensors")
        default: return k
        }
    }
    function connectorText(s: string): string {
        switch (s) {
        case "up": return qsTr("Up")
        case "pending": return qsTr("Starting")
        case "failing": return qsTr("Failing")
        case "down": return qsTr("Down")
        default: return qsTr("Push")
        }
    }
    function x0(i: int): real {
        let x = Theme.px(14)
        for (let k = 0; k < i; ++k) x += columns[k] * (width - Theme.px(24))
        return x
    }
    function w(i: int): real { return columns[i] * (width - Theme.px(24)) - Theme.px(6) }

    MouseArea { anchors.fill: parent; onClicked: row.clicked() }

    Rectangle {
        width: Theme.px(5); height: parent.height; radius: Theme.px(2)
        color: Theme.statusColor(row.status)
    }
    Column {
        x: row.x0(0); width: row.w(0); anchors.verticalCenter: parent.verticalCenter
        Text { width: parent.width; text: row.label; elide: Text.ElideRight; color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
        Text { width: parent.width; text: row.kindText(row.kind) + " · " + row.sourceId; elide: Text.ElideRight; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTiny }
    }
    Cell { column: 1; text: row.duration(row.expectedIntervalS) }
    Cell {
        column: 2
        text: isNaN(row.lastReceivedAt.getTime()) ? qsTr("never") : Qt.formatDateTime(row.lastReceivedAt, "dd/MM HH:mm:ss")
        color: Theme.statusColor(row.status)
    }
    Cell {
        column: 3
        text: row.overdue ? qsTr("%1 late").arg(row.duration(row.latenessS)) : qsTr("on time")
        color: row.overdue ? Theme.stale : Theme.fresh
        font.weight: row.overdue ? Font.DemiBold : Font.Normal
    }
    Cell { column: 4; text: row.gaps; color: row.gaps > 0 ? Theme.late : Theme.textMuted }
    Cell {
        column: 5
        text: qsTr("%1 ok · %2 rejected").arg(row.accepted).arg(row.rejected)
        color: row.rejected > 0 ? Theme.late : Theme.textMuted
        ToolTip.visible: reasonsHover.containsMouse && row.rejectedReasons !== ""
        ToolTip.text: row.rejectedReasons
        MouseArea { id: reasonsHover; anchors.fill: parent; hoverEnabled: true; acceptedButtons: Qt.NoButton }
    }
    Cell {
        column: 6
        text: row.connectorText(row.connectorState)
        color: row.connectorState === "down" || row.connectorState === "failing" ? Theme.stale : Theme.textMuted
        ToolTip.visible: connectorHover.containsMouse && row.connectorError !== ""
        ToolTip.text: row.connectorError
        MouseArea { id: connectorHover; anchors.fill: parent; hoverEnabled: true; acceptedButtons: Qt.NoButton }
    }
    Cell {
        column: 7
        text: row.urgeCount > 0 ? qsTr("%1 · %2").arg(row.urgeCount).arg(Qt.formatDateTime(row.lastUrgeAt, "dd/MM HH:mm")) : "—"
    }
    ThemedButton {
        x: row.x0(8); width: row.w(8)
        height: Theme.px(30)
        anchors.verticalCenter: parent.verticalCenter
        leftPadding: Theme.px(6)
        rightPadding: Theme.px(6)
        font.pixelSize: Theme.fontSmall
        visible: row.canUrge
        text: qsTr("Urge")
        onClicked: row.urgeRequested()
        Accessible.name: qsTr("Urge %1").arg(row.label)
    }

    component Cell: Text {
        required property int column
        x: row.x0(column); width: row.w(column)
        anchors.verticalCenter: parent.verticalCenter
        elide: Text.ElideRight
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
