// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One incident in the list: severity bar, reference, drill tag, title, place, status, overdue.
Rectangle {
    id: row

    required property int index
    required property var incidentId
    required property string ref
    required property string title
    required property int severity
    required property string status
    required property bool drill
    required property bool overdue
    required property string unitName
    required property var createdAt
    required property var responseDeadline
    property bool selected: false
    signal clicked()

    height: Theme.px(74)
    radius: Theme.radius
    color: selected ? Theme.surfaceRaised : (mouse.containsMouse ? Qt.lighter(Theme.surface, 1.15) : Theme.surface)
    border.color: selected ? Theme.accent : (drill ? Theme.drill : Theme.border)
    border.width: selected ? Theme.px(2) : Theme.px(1)
    opacity: status === "closed" ? 0.7 : 1

    Rectangle {
        id: bar
        width: Theme.px(6)
        radius: Theme.px(3)
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.px(6) }
        color: Theme.severityColor(row.severity)
    }

    ColumnLayout {
        anchors { left: bar.right; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: Theme.px(10)
        anchors.rightMargin: Theme.px(10)
        spacing: Theme.px(3)
        RowLayout {
            spacing: Theme.px(6)
            Text {
                text: row.ref
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            IncidentBadge {
                visible: row.drill
                text: qsTr("DRILL")
                tint: Theme.drill
                filled: true
            }
            IncidentBadge {
                text: IncidentText.severityName(row.severity)
                tint: Theme.severityColor(row.severity)
            }
            Item { Layout.fillWidth: true }
            IncidentBadge {
                visible: row.overdue
                text: qsTr("OVERDUE")
                tint: Theme.stale
                filled: true
            }
            IncidentBadge {
                text: IncidentText.statusName(row.status)
                tint: row.status === "resolution_proposed" ? Theme.late
                      : row.status === "closed" ? Theme.noData : Theme.accent
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: (row.unitName !== "" ? row.unitName + " · " : "")
                  + Qt.formatDateTime(row.createdAt, "dd/MM HH:mm")
                  + (row.responseDeadline && !isNaN(row.responseDeadline.getTime()) && row.status !== "closed"
                     ? " · " + qsTr("due %1").arg(Qt.formatDateTime(row.responseDeadline, "dd/MM HH:mm")) : "")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: row.clicked()
    }
}
