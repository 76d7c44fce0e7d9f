// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One audit entry: when, who (and as what), what, on what. The entry where the hash chain
// breaks is marked in red.
Rectangle {
    id: row

    required property int index
    required property var entryId
    required property date at
    required property string actor
    required property string role
    required property string action
    required property string target
    required property string detail
    required property string address
    required property bool broken

    readonly property string roleName: {
        switch (role) {
        case "officer": return qsTr("Duty officer")
        case "supervisor": return qsTr("Supervisor")
        case "admin": return qsTr("Administrator")
        case "wall": return qsTr("Video wall")
        case "system": return qsTr("System")
        default: return role
        }
    }

    implicitHeight: Theme.px(38)
    color: broken ? Qt.alpha(Theme.stale, 0.25) : (index % 2 ? Theme.surface : Theme.background)
    border.color: broken ? Theme.stale : "transparent"
    border.width: broken ? Theme.px(2) : 0

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.px(12); rightMargin: Theme.px(12) }
        spacing: Theme.px(12)
        Cell { text: "#" + row.entryId; Layout.preferredWidth: Theme.px(70); muted: true }
        Cell { text: Qt.formatDateTime(row.at, "dd/MM/yyyy HH:mm:ss"); Layout.preferredWidth: Theme.px(170) }
        Cell { text: row.actor; Layout.preferredWidth: Theme.px(140); bold: true }
        Cell { text: row.roleName; Layout.preferredWidth: Theme.px(110); muted: true }
        Cell { text: row.action; Layout.preferredWidth: Theme.px(200) }
        Cell { text: row.target; Layout.preferredWidth: Theme.px(220) }
        Cell {
            Layout.fillWidth: true
            text: row.broken ? qsTr("✖ the chain breaks here") + (row.detail ? " · " + row.detail : "")
                             : [row.detail, row.address].filter(s => s !== "").join(" · ")
            color: row.broken ? Theme.stale : Theme.textMuted
        }
    }

    component Cell: Text {
        property bool muted: false
        property bool bold: false
        color: muted ? Theme.textMuted : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: bold ? Font.DemiBold : Font.Normal
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
