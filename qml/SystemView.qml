// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The centre's own health (regulation 7.1): backend version and uptime, clients connected,
// store sizes, and every connector up or down with its last error.
Item {
    id: view

    required property SystemController system

    function duration(s: int): string {
        const d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60)
        return d > 0 ? qsTr("%1 d %2 h").arg(d).arg(h) : h > 0 ? qsTr("%1 h %2 min").arg(h).arg(m)
                                                               : qsTr("%1 min").arg(m)
    }
    function bytes(n: real): string {
        return n >= 1048576 ? qsTr("%1 MiB").arg((n / 1048576).toLocaleString(Qt.locale(), "f", 1))
                            : qsTr("%1 KiB").arg(Math.round(n / 1024))
    }
    function count(n: var): string { return n === undefined ? "—" : Number(n).toLocaleString(Qt.locale(), "f", 0) }

    Text {
        id: heading
        text: qsTr("System health")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
    }
    Text {
        anchors { left: heading.right; leftMargin: Theme.px(14); baseline: heading.baseline }
        text: !view.system.available ? qsTr("This server does not report its health (GET /api/v1/system is missing).")
              : view.system.error !== "" ? qsTr("Could not refresh: %1").arg(view.system.error)
              : view.system.loaded ? qsTr("checked %1").arg(Qt.formatTime(view.system.checkedAt, "HH:mm:ss"))
              : qsTr("Loading…")
        color: view.system.error !== "" || !view.system.available ? Theme.stale : Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Flow {
        id: facts
        anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: Theme.px(12) }
        spacing: Theme.px(10)
        Repeater {
            model: [
                { k: qsTr("Backend version"), v: view.system.version || "—" },
                { k: qsTr("Uptime"), v: view.system.loaded ? view.duration(view.system.uptimeSeconds) : "—" },
                { k: qsTr("Clients connected"), v: view.system.loaded ? String(view.system.clientsConnected) : "—" },
                { k: qsTr("Connectors down"), v: view.system.loaded ? String(view.system.connectorsDown) : "—",
                  bad: view.system.connectorsDown > 0 },
                { k: qsTr("Series"), v: view.count(view.system.store.series) },
                { k: qsTr("History points"), v: view.count(view.system.store.history_points) },
                { k: qsTr("Database size"), v: view.system.store.db_bytes !== undefined ? view.bytes(view.system.store.db_bytes) : "—" },
                { k: qsTr("Incidents"), v: view.count(view.system.store.incidents) },
                { k: qsTr("Alerts"), v: view.count(view.system.store.alerts) },
                { k: qsTr("Audit entries"), v: view.count(view.system.store.audit_entries) }
            ]
            delegate: Rectangle {
                id: fact
                required property var modelData
                width: Theme.px(210)
                height: Theme.px(74)
                radius: Theme.radius
                color: Theme.surfaceRaised
                border.color: fact.modelData.bad ? Theme.stale : Theme.border
                Column {
                    anchors { fill: parent; margins: Theme.px(10) }
                    spacing: Theme.px(4)
                    Text { width: parent.width; text: fact.modelData.k; elide: Text.ElideRight; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                    Text { width: parent.width; text: fact.modelData.v; elide: Text.ElideRight; color: fact.modelData.bad ? Theme.stale : Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontTitle; font.weight: Font.DemiBold }
                }
            }
        }
    }

    Text {
        id: connectorsTitle
        anchors { left: parent.left; top: facts.bottom; topMargin: Theme.px(16) }
        text: qsTr("Connectors")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
    ListView {
        id: connectors
        objectName: "connectorList"
        anchors { left: parent.left; right: parent.right; top: connectorsTitle.bottom; topMargin: Theme.px(8); bottom: parent.bottom }
        clip: true
        spacing: Theme.px(4)
        model: view.system.connectors
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: connector
            required property var modelData
            readonly property bool bad: modelData.state === "down" || modelData.state === "failing"
            width: connectors.width
            height: Theme.px(40)
            radius: Theme.px(4)
            color: Theme.surfaceRaised
            Rectangle { width: Theme.px(5); height: parent.height; radius: Theme.px(2); color: connector.bad ? Theme.stale : connector.modelData.state === "up" ? Theme.fresh : Theme.late }
            Row {
                anchors { left: parent.left; leftMargin: Theme.px(14); right: parent.right; verticalCenter: parent.verticalCenter }
                spacing: Theme.px(12)
                Text { width: parent.width * 0.22; text: connector.modelData.id; elide: Text.ElideRight; color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                Text { width: parent.width * 0.08; text: connector.modelData.kind; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                Text { width: parent.width * 0.18; text: connector.modelData.source; elide: Text.ElideRight; color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                Text {
                    width: parent.width * 0.08
                    text: connector.modelData.state === "up" ? qsTr("Up") : connector.modelData.state === "down" ? qsTr("Down")
                          : connector.modelData.state === "failing" ? qsTr("Failing") : qsTr("Starting")
                    color: connector.bad ? Theme.stale : Theme.fresh
                    font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold
                }
                Text {
                    width: parent.width * 0.36
                    text: connector.modelData.last_error
                          ? qsTr("%1 (at %2)").arg(connector.modelData.last_error).arg(Qt.formatDateTime(new Date(connector.modelData.last_error_at), "dd/MM HH:mm:ss"))
                          : connector.modelData.last_success_at ? qsTr("last success %1").arg(Qt.formatDateTime(new Date(connector.modelData.last_success_at), "dd/MM HH:mm:ss")) : ""
                    elide: Text.ElideRight
                    color: connector.bad ? Theme.stale : Theme.textMuted
                    font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall
                }
            }
        }
        Text {
            visible: connectors.count === 0 && view.system.loaded
            text: qsTr("No pollers or MQTT subscriptions configured: every source pushes its data.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
