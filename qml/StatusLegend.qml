// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// What the freshness colours mean.
Row {
    spacing: Theme.px(16)
    Repeater {
        model: [
            { status: "fresh", text: qsTr("Fresh: updated on schedule") },
            { status: "late", text: qsTr("Late: update overdue") },
            { status: "stale", text: qsTr("Stale: silent for several intervals") },
            { status: "no_data", text: qsTr("No data yet") }
        ]
        delegate: Row {
            id: entry
            required property var modelData
            spacing: Theme.px(6)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(12)
                height: width
                radius: Theme.px(3)
                color: Theme.statusColor(entry.modelData.status)
            }
            Text {
                text: entry.modelData.text
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
