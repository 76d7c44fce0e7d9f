// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The category's standard operating procedure for the selected incident: each step ticked or
// unticked by a click (or Space), with who did it and when; a step skipped by a resolution
// proposal shows the reason given.
ColumnLayout {
    id: box

    required property IncidentController incidents
    property string language: "vi"
    property bool canChange: false
    readonly property var steps: incidents.detail.checklist ?? []
    readonly property bool editable: canChange && (incidents.detail.status ?? "closed") !== "closed"
    readonly property int doneCount: steps.filter(s => s.state === "done").length

    spacing: Theme.px(4)
    visible: steps.length > 0

    Text {
        text: qsTr("Checklist (%1 of %2 done)").arg(box.doneCount).arg(box.steps.length)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Bold
    }

    Repeater {
        model: box.steps
        delegate: RowLayout {
            id: step
            required property var modelData
            required property int index
            readonly property bool done: modelData.state === "done"
            readonly property bool skipped: modelData.state === "skipped"
            Layout.fillWidth: true
            spacing: Theme.spacing

            CheckBox {
                id: tick
                objectName: "step_" + step.modelData.id
                Layout.alignment: Qt.AlignTop
                checked: step.done
                enabled: box.editable && !box.incidents.busy
                // The server's answer sets the state; a click only asks for it.
                onToggled: {
                    checked = Qt.binding(() => step.done)
                    box.incidents.tickStep(step.modelData.id, !step.done)
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: step.done ? qsTr("Untick this step") : qsTr("Tick this step as done")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: (step.index + 1) + ". " + (step.modelData.label[box.language] ?? step.modelData.id)
                    wrapMode: Text.Wrap
                    color: step.skipped ? Theme.late : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.strikeout: false
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: step.done
                          ? qsTr("done by %1 at %2").arg(step.modelData.by)
                                .arg(Qt.formatDateTime(new Date(step.modelData.at), "dd/MM HH:mm"))
                          : step.skipped
                            ? qsTr("skipped by %1: %2").arg(step.modelData.by).arg(step.modelData.reason ?? "")
                            : ""
                    wrapMode: Text.Wrap
                    color: step.skipped ? Theme.late : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                }
            }
        }
    }
}
