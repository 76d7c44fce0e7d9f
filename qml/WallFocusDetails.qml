// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// What the focused incident or alert is: severity, headline, where, when, and its text.
Rectangle {
    id: details

    required property var record
    required property WallController wall
    required property WallMetrics metrics

    readonly property bool isAlert: record.kind === "alert"
    readonly property string language: wall.workstation.language
    readonly property date raisedAt: new Date(isAlert ? record.raised_at : record.created_at)

    radius: metrics.radius
    color: Theme.surface
    border.color: Theme.severityColor(record.severity ?? 0)
    border.width: metrics.px(4)
    clip: true

    Column {
        anchors { fill: parent; margins: details.metrics.pad * 1.5 }
        spacing: details.metrics.gap
        Rectangle {
            width: severity.implicitWidth + 2 * details.metrics.pad
            height: severity.implicitHeight + details.metrics.px(8)
            radius: details.metrics.px(4)
            color: Theme.severityColor(details.record.severity ?? 0)
            Text {
                id: severity
                anchors.centerIn: parent
                text: (details.isAlert ? qsTr("Alert") : qsTr("Incident")) + " · "
                      + IncidentText.severityName(details.record.severity ?? 0)
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: details.metrics.fontTitle
                font.weight: Font.Bold
            }
        }
        Text {
            objectName: "focusHeadline"
            width: parent.width
            text: details.isAlert ? WallFormat.text(details.record.message, details.language)
                                  : (details.record.title ?? "")
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: details.metrics.px(34)
            font.weight: Font.Bold
        }
        Text {
            width: parent.width
            text: [details.record.ref, details.record.unit_name,
                   qsTr("since %1 (%2)").arg(Qt.formatTime(details.raisedAt, "HH:mm"))
                       .arg(WallFormat.age(details.raisedAt, details.wall.now))]
                  .filter(s => s).join(" · ")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: details.metrics.fontBody
        }
        Text {
            width: parent.width
            text: details.isAlert ? WallFormat.text(details.record.rule_label, details.language)
                                  : (details.record.description ?? "")
            visible: text !== ""
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: details.metrics.fontBody
        }
    }
}
