// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The words for alert states and rule kinds, in the UI language.
QtObject {
    function stateName(state: string): string {
        switch (state) {
        case "active": return qsTr("Active")
        case "acknowledged": return qsTr("Acknowledged")
        case "cleared": return qsTr("Cleared")
        default: return state
        }
    }

    function kindName(kind: string): string {
        switch (kind) {
        case "threshold": return qsTr("Threshold")
        case "rate": return qsTr("Rate of change")
        case "missing": return qsTr("Missing data")
        case "combination": return qsTr("Combined")
        case "forecast": return qsTr("Forecast")
        default: return kind
        }
    }
}
