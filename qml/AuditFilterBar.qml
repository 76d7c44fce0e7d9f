// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Who, what and when to look for in the audit log; Enter in any field searches.
RowLayout {
    id: bar

    required property AuditController audit

    function dateFrom(text: string, endOfDay: bool): date {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim())
        if (!m)
            return new Date(NaN)
        return endOfDay ? new Date(+m[3], +m[2] - 1, +m[1], 23, 59, 59)
                        : new Date(+m[3], +m[2] - 1, +m[1], 0, 0, 0)
    }

    function search() {
        audit.actorFilter = actorField.text
        audit.actionFilter = actionField.text
        audit.fromFilter = dateFrom(fromField.text, false)
        audit.toFilter = dateFrom(toField.text, true)
        audit.refresh()
    }

    spacing: Theme.px(10)

    // The controller clears its filters at sign-out: so do the fields.
    Connections {
        target: bar.audit
        function onFiltersChanged() {
            actorField.text = bar.audit.actorFilter
            actionField.text = bar.audit.actionFilter
            if (isNaN(bar.audit.fromFilter.getTime())) fromField.clear()
            if (isNaN(bar.audit.toFilter.getTime())) toField.clear()
        }
    }

    ThemedField {
        id: actorField
        objectName: "actorFilter"
        Layout.preferredWidth: Theme.px(200)
        placeholderText: qsTr("User")
        Accessible.name: qsTr("Filter by user")
        onAccepted: bar.search()
    }
    ThemedField {
        id: actionField
        objectName: "actionFilter"
        Layout.preferredWidth: Theme.px(220)
        placeholderText: qsTr("Action, e.g. login")
        Accessible.name: qsTr("Filter by action")
        onAccepted: bar.search()
    }
    ThemedField {
        id: fromField
        Layout.preferredWidth: Theme.px(200)
        placeholderText: qsTr("From dd/mm/yyyy")
        invalid: text !== "" && isNaN(bar.dateFrom(text, false).getTime())
        Accessible.name: qsTr("From date")
        onAccepted: bar.search()
    }
    ThemedField {
        id: toField
        Layout.preferredWidth: Theme.px(200)
        placeholderText: qsTr("To dd/mm/yyyy")
        invalid: text !== "" && isNaN(bar.dateFrom(text, true).getTime())
        Accessible.name: qsTr("To date")
        onAccepted: bar.search()
    }
    ThemedButton {
        objectName: "auditSearch"
        primary: true
        text: qsTr("Search and verify")
        enabled: !bar.audit.loading
        onClicked: bar.search()
    }
    ThemedButton {
        text: qsTr("Clear")
        onClicked: {
            actorField.clear(); actionField.clear(); fromField.clear(); toField.clear()
            bar.search()
        }
    }
    Item { Layout.fillWidth: true }
}
