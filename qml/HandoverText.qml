// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Names shown for the handover API's wire values, in the console's language.
QtObject {
    function kind(k) {
        switch (k) {
        case "open_incident": return qsTr("Open incident")
        case "awaiting_approval": return qsTr("Awaiting approval")
        case "alert": return qsTr("Alert")
        case "source": return qsTr("Late data source")
        case "standing_order": return qsTr("Standing order")
        case "carried_forward": return qsTr("Carried forward")
        case "free": return qsTr("Note item")
        case "incident_activity": return qsTr("Closed this shift")
        }
        return k
    }
    function status(s) {
        switch (s) {
        case "new": return qsTr("new")
        case "acknowledged": return qsTr("acknowledged")
        case "in_progress": return qsTr("in progress")
        case "resolution_proposed": return qsTr("resolution proposed")
        case "closed": return qsTr("closed")
        case "active": return qsTr("active")
        case "late": return qsTr("late")
        case "stale": return qsTr("stale")
        case "no_data": return qsTr("no data")
        case "in_force": return qsTr("in force")
        case "open": return qsTr("open")
        case "settled": return qsTr("settled")
        case "info": return qsTr("for information")
        case "signed": return qsTr("waiting for the next shift")
        }
        return s
    }
    function activity(a) {
        switch (a) {
        case "opened": return qsTr("opened this shift")
        case "changed": return qsTr("changed this shift")
        case "closed": return qsTr("closed this shift")
        }
        return ""
    }
    function shiftName(shift, language) {
        if (!shift || !shift.label)
            return ""
        return language === "en" ? shift.label.en : shift.label.vi
    }
    // Hai Phong time (UTC+7 all year) whatever the machine's zone: shifts, deadlines and the
    // record are kept in it. `t` is an RFC 3339 string or a Date.
    function hpTime(t, withYear) {
        if (!t)
            return ""
        const d = new Date(new Date(t).getTime() + 7 * 3600 * 1000)
        const two = n => (n < 10 ? "0" : "") + n
        return two(d.getUTCHours()) + ":" + two(d.getUTCMinutes()) + " " + two(d.getUTCDate()) + "/"
                + two(d.getUTCMonth() + 1) + (withYear ? "/" + d.getUTCFullYear() : "")
    }
    function shiftSpan(shift) {
        if (!shift || !shift.start)
            return ""
        return hpTime(shift.start) + " – " + hpTime(shift.end)
    }
    function remaining(seconds) {
        const h = Math.floor(seconds / 3600)
        const m = Math.floor((seconds % 3600) / 60)
        return qsTr("%1 h %2 min left").arg(h).arg(m < 10 ? "0" + m : m)
    }
}
