// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Ioc.Console

// The supervisor's decision on a resolution this user proposed, as soon as it is made (the
// stream brings it): approved (closed) or rejected with the reason. "Open" selects the incident.
Rectangle {
    id: banner

    required property IncidentController incidents
    readonly property var decision: incidents.decision
    readonly property bool approved: decision.action === "approve"

    objectName: "decisionBanner"
    visible: decision.ref !== undefined
    implicitHeight: row.implicitHeight + Theme.px(16)
    radius: Theme.radius
    color: approved ? Qt.rgba(0.18, 0.82, 0.48, 0.15) : Qt.rgba(1, 0.35, 0.35, 0.15)
    border.color: approved ? Theme.fresh : Theme.stale

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(12) }
        spacing: Theme.spacing
        Text {
            objectName: "decisionText"
            Layout.fillWidth: true
            text: banner.approved
                  ? qsTr("%1 \"%2\": your resolution was approved by %3; the incident is closed.")
                        .arg(banner.decision.ref ?? "").arg(banner.decision.title ?? "").arg(banner.decision.by ?? "")
                  : qsTr("%1 \"%2\": your resolution was rejected by %3: %4")
                        .arg(banner.decision.ref ?? "").arg(banner.decision.title ?? "")
                        .arg(banner.decision.by ?? "").arg(banner.decision.comment ?? "")
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        ThemedButton {
            text: qsTr("Open")
            onClicked: {
                banner.incidents.select(banner.decision.id)
                banner.incidents.dismissDecision()
            }
        }
        ThemedButton {
            text: qsTr("Dismiss")
            onClicked: banner.incidents.dismissDecision()
        }
    }
}
