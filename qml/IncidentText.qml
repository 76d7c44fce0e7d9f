// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The words for incident states, actions and severities, in the UI language.
QtObject {
    function statusName(status: string): string {
        switch (status) {
        case "new": return qsTr("New")
        case "acknowledged": return qsTr("Acknowledged")
        case "in_progress": return qsTr("In progress")
        case "resolution_proposed": return qsTr("Awaiting approval")
        case "closed": return qsTr("Closed")
        default: return status
        }
    }

    function actionName(action: string): string {
        switch (action) {
        case "acknowledge": return qsTr("Acknowledge")
        case "start": return qsTr("Start handling")
        case "propose_resolution": return qsTr("Propose resolution")
        case "approve": return qsTr("Approve")
        case "reject": return qsTr("Reject")
        case "reopen": return qsTr("Reopen")
        default: return action
        }
    }

    function severityName(level: int): string {
        switch (level) {
        case 1: return qsTr("Low")
        case 2: return qsTr("Medium")
        case 3: return qsTr("High")
        case 4: return qsTr("Critical")
        default: return ""
        }
    }

    function eventName(kind: string): string {
        switch (kind) {
        case "created": return qsTr("Logged")
        case "transition": return qsTr("Status changed")
        case "note": return qsTr("Note")
        case "assign": return qsTr("Assigned")
        case "forward": return qsTr("Forwarded")
        case "answer": return qsTr("Answer")
        case "checklist": return qsTr("Checklist step")
        case "skipped": return qsTr("Step skipped")
        default: return kind
        }
    }

    // Actions the server refuses without a comment (it answers 400 reason_required).
    function needsComment(action: string): bool {
        return action === "reject" || action === "reopen" || action === "propose_resolution"
    }
}
