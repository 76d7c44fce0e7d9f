// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The audit log for supervisors and admins: filters, the chain check's verdict, the entries.
ColumnLayout {
    id: view

    required property AuditController audit

    spacing: Theme.px(10)
    // Read the first time it is shown (only supervisors and admins can get here).
    onVisibleChanged: if (visible && !audit.loaded && !audit.loading) audit.refresh()
    Component.onCompleted: if (visible && !audit.loaded) audit.refresh()

    Text {
        text: qsTr("Audit log")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Every change made by a person or an API key, chained by hash so that any alteration is detected (ISO/IEC 27001).")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    AuditFilterBar {
        Layout.fillWidth: true
        audit: view.audit
    }

    AuditChainBanner {
        id: banner
        objectName: "chainBanner"
        Layout.fillWidth: true
        Layout.preferredHeight: banner.implicitHeight
        audit: view.audit
    }

    Text {
        objectName: "auditError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.stale
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        text: {
            switch (view.audit.fetchError) {
            case AuditController.NotAllowed: return qsTr("Your role may not read the audit log.")
            case AuditController.Unreachable: return qsTr("The server did not answer; the list below may be out of date.")
            case AuditController.Certificate: return qsTr("The server's certificate was refused; the audit log was not read.")
            case AuditController.Expired: return qsTr("Your session has expired.")
            case AuditController.Server: return qsTr("The audit log could not be read: %1").arg(view.audit.errorDetail)
            default: return ""
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        clip: true

        Rectangle {
            id: columns
            anchors { top: parent.top; left: parent.left; right: parent.right; margins: Theme.px(1) }
            height: Theme.px(34)
            color: Theme.surfaceRaised
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.px(12); rightMargin: Theme.px(12) }
                spacing: Theme.px(12)
                HeaderCell { text: qsTr("No."); Layout.preferredWidth: Theme.px(70) }
                HeaderCell { text: qsTr("Time"); Layout.preferredWidth: Theme.px(170) }
                HeaderCell { text: qsTr("User"); Layout.preferredWidth: Theme.px(140) }
                HeaderCell { text: qsTr("Role"); Layout.preferredWidth: Theme.px(110) }
                HeaderCell { text: qsTr("Action"); Layout.preferredWidth: Theme.px(200) }
                HeaderCell { text: qsTr("Target"); Layout.preferredWidth: Theme.px(220) }
                HeaderCell { text: qsTr("Details"); Layout.fillWidth: true }
            }
        }

        ListView {
            id: list
            objectName: "auditList"
            anchors { fill: parent; topMargin: columns.height + Theme.px(1); margins: Theme.px(1) }
            model: view.audit.model
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: AuditRow { width: list.width }

            Text {
                anchors.centerIn: parent
                visible: list.count === 0 && view.audit.loaded
                text: qsTr("No entry matches these filters.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }

    component HeaderCell: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Bold
        elide: Text.ElideRight
    }
}
