// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Console

// What a supervisor decides on: the pending resolution proposal, who made it and how it was
// resolved, and every checklist step skipped with the reason given.
Rectangle {
    id: box

    required property IncidentController incidents
    property string language: "vi"
    readonly property var detail: incidents.detail
    readonly property var proposal: {
        const t = detail.timeline ?? []
        for (let i = t.length - 1; i >= 0; --i)
            if (t[i].kind === "transition" && t[i].action === "propose_resolution")
                return t[i]
        return null
    }
    readonly property var skipped: (detail.checklist ?? []).filter(s => s.state === "skipped")

    visible: detail.status === "resolution_proposed"
    implicitHeight: content.implicitHeight + Theme.px(20)
    radius: Theme.radius
    color: Qt.rgba(0.96, 0.73, 0.23, 0.10)
    border.color: Theme.late
    border.width: Theme.px(1)

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(10) }
        spacing: Theme.px(4)
        Text {
            objectName: "proposalHeading"
            Layout.fillWidth: true
            text: box.proposal
                  ? qsTr("Resolution proposed by %1 at %2").arg(box.proposal.actor)
                        .arg(Qt.formatDateTime(new Date(box.proposal.at), "dd/MM HH:mm"))
                  : qsTr("Resolution proposed")
            wrapMode: Text.Wrap
            color: Theme.late
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: box.proposal ? (box.proposal.text ?? "") : ""
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            Layout.fillWidth: true
            text: box.skipped.length === 0 ? qsTr("No checklist step was skipped.")
                                           : qsTr("Skipped steps (%1):").arg(box.skipped.length)
            color: box.skipped.length === 0 ? Theme.fresh : Theme.late
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
        }
        Repeater {
            model: box.skipped
            delegate: Text {
                required property var modelData
                objectName: "skippedStep_" + modelData.id
                Layout.fillWidth: true
                text: "• " + (modelData.label[box.language] ?? modelData.id) + " — " + (modelData.reason ?? "")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
