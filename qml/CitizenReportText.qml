// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The words for citizen report states, in one place.
QtObject {
    function statusLabel(status: string): string {
        switch (status) {
        case "received": return qsTr("received")
        case "triaged": return qsTr("triaged")
        case "forwarded": return qsTr("forwarded")
        case "incident": return qsTr("made an incident")
        case "merged": return qsTr("merged")
        case "rejected": return qsTr("rejected")
        case "answered": return qsTr("answered")
        case "closed": return qsTr("closed")
        }
        return status
    }
}
