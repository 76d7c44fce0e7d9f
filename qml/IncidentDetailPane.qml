// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The selected incident: what, where, when, the actions the server allows this user now, a
// comment or reason for them, notes, the pending proposal (what a supervisor decides on), the
// assignee, the SOP checklist, the forwards to focal points, and the full timeline. Refusals
// show the server's words.
Rectangle {
    id: pane

    required property IncidentController incidents
    property string language: "vi"
    property bool canChange: false
    readonly property var detail: incidents.detail
    readonly property bool hasIncident: incidents.selectedId > 0
    readonly property var actionOrder: ["acknowledge", "start", "propose_resolution", "approve", "reject", "reopen"]

    function focusComment() { comment.forceActiveFocus() }
    function openForward() {
        if (pane.hasIncident && pane.canChange && pane.detail.status !== "closed")
            forwardDialog.openFresh()
    }
    function focusAssignee() {
        if (pane.hasIncident && pane.canChange)
            assignRow.focusPicker()
    }
    // Runs `action`: a proposal first asks why unticked checklist steps were skipped.
    function run(action) {
        if (action === "propose_resolution") {
            proposeDialog.openFresh()
            return
        }
        pane.incidents.transition(action, comment.text)
        comment.clear()
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: pane.detail.drill === true ? Theme.drill : Theme.border
    border.width: pane.detail.drill === true ? Theme.px(2) : Theme.px(1)

    Text {
        anchors.centerIn: parent
        visible: !pane.hasIncident
        text: qsTr("Select an incident, or press Ctrl+N to log a new one")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        spacing: Theme.spacing
        visible: pane.hasIncident

        RowLayout {
            spacing: Theme.px(8)
            Text {
                text: pane.detail.ref ?? ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            IncidentBadge {
                objectName: "drillTag"
                visible: pane.detail.drill === true
                text: qsTr("DRILL")
                tint: Theme.drill
                filled: true
            }
            IncidentBadge {
                text: IncidentText.severityName(pane.detail.severity ?? 0)
                tint: Theme.severityColor(pane.detail.severity ?? 0)
                filled: true
            }
            IncidentBadge {
                text: IncidentText.statusName(pane.detail.status ?? "")
                tint: Theme.accent
            }
            IncidentBadge {
                visible: pane.detail.overdue === true
                text: qsTr("OVERDUE")
                tint: Theme.stale
                filled: true
            }
            Item { Layout.fillWidth: true }
        }

        Text {
            Layout.fillWidth: true
            text: pane.detail.title ?? ""
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: [pane.detail.unit_name ?? "",
                   pane.incidents.categoryLabel(pane.detail.category ?? "", pane.language),
                   qsTr("reported by %1").arg(pane.detail.reporter ?? ""),
                   pane.detail.assignee ? qsTr("assigned to %1").arg(pane.detail.assignee) : ""]
                  .filter(s => s !== "").join(" · ")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            Layout.fillWidth: true
            Layout.maximumHeight: Theme.px(90)
            visible: text !== ""
            text: pane.detail.description ?? ""
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }

        Rectangle {
            objectName: "incidentError"
            Layout.fillWidth: true
            visible: pane.incidents.errorMessage !== ""
            implicitHeight: errorText.implicitHeight + Theme.px(16)
            radius: Theme.radius
            color: Qt.rgba(1, 0.35, 0.35, 0.15)
            border.color: Theme.stale
            Text {
                id: errorText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(10) }
                text: pane.incidents.errorStatus === 403
                      ? qsTr("Not allowed: %1").arg(pane.incidents.errorMessage)
                      : pane.incidents.errorStatus === 409
                        ? qsTr("Not possible now: %1").arg(pane.incidents.errorMessage)
                        : qsTr("Refused: %1").arg(pane.incidents.errorMessage)
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        ThemedField {
            id: comment
            objectName: "incidentComment"
            Layout.fillWidth: true
            placeholderText: qsTr("Comment or reason (needed to reject or reopen)")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: pane.actionOrder.filter(a => pane.incidents.allowedActions.indexOf(a) >= 0)
                delegate: ThemedButton {
                    required property string modelData
                    objectName: "action_" + modelData
                    primary: modelData === "approve" || modelData === "acknowledge"
                    text: IncidentText.actionName(modelData)
                          + (modelData === "acknowledge" ? " (Ctrl+K)" : "")
                          + (modelData === "propose_resolution" ? "…" : "")
                    // A proposal's reason is asked for by its own dialog.
                    enabled: !pane.incidents.busy
                             && (modelData === "propose_resolution"
                                 || !IncidentText.needsComment(modelData) || comment.text.trim() !== "")
                    onClicked: pane.run(modelData)
                    ToolTip.visible: hovered && ToolTip.text !== ""
                    ToolTip.delay: 600
                    ToolTip.text: modelData === "acknowledge" ? qsTr("Acknowledge the incident (Ctrl+K)")
                                : modelData === "reject" || modelData === "reopen"
                                  ? qsTr("Needs a reason in the comment field") : ""
                }
            }
            ThemedButton {
                objectName: "addNote"
                text: qsTr("Add as note")
                enabled: !pane.incidents.busy && comment.text.trim() !== ""
                onClicked: {
                    pane.incidents.addNote(comment.text)
                    comment.clear()
                }
            }
        }

        ScrollView {
            id: scroller
            objectName: "detailScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

            ColumnLayout {
                width: scroller.availableWidth - Theme.px(12)
                spacing: Theme.px(14)

                IncidentProposalBox {
                    objectName: "proposalBox"
                    Layout.fillWidth: true
                    incidents: pane.incidents
                    language: pane.language
                }
                IncidentAssignRow {
                    id: assignRow
                    Layout.fillWidth: true
                    incidents: pane.incidents
                    canChange: pane.canChange
                }
                IncidentChecklist {
                    objectName: "checklist"
                    Layout.fillWidth: true
                    incidents: pane.incidents
                    language: pane.language
                    canChange: pane.canChange
                }
                IncidentForwards {
                    objectName: "forwards"
                    Layout.fillWidth: true
                    incidents: pane.incidents
                    canChange: pane.canChange
                    onForwardRequested: forwardDialog.openFresh()
                }
                Text {
                    text: qsTr("Timeline")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                }
                ColumnLayout {
                    objectName: "timeline"
                    Layout.fillWidth: true
                    spacing: Theme.px(4)
                    Repeater {
                        model: pane.detail.timeline ?? []
                        delegate: RowLayout {
                            id: entry
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Text {
                                Layout.alignment: Qt.AlignTop
                                Layout.preferredWidth: Theme.px(110)
                                text: Qt.formatDateTime(new Date(entry.modelData.at), "dd/MM HH:mm:ss")
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            Text {
                                Layout.alignment: Qt.AlignTop
                                Layout.preferredWidth: Theme.px(110)
                                text: entry.modelData.actor
                                elide: Text.ElideRight
                                color: Theme.accent
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            Text {
                                Layout.fillWidth: true
                                text: {
                                    const m = entry.modelData
                                    const head = m.kind === "transition" && m.to
                                               ? IncidentText.actionName(m.action ?? "") + " → " + IncidentText.statusName(m.to)
                                               : IncidentText.eventName(m.kind)
                                    return m.text ? head + ": " + m.text : head
                                }
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }
        }
    }

    IncidentForwardDialog {
        id: forwardDialog
        incidents: pane.incidents
    }
    IncidentProposeDialog {
        id: proposeDialog
        incidents: pane.incidents
        language: pane.language
    }
}
