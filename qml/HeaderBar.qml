// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// Centre name, clock, connection, the views this role may open, map toggle, language, About and
// the signed-in user.
Rectangle {
    id: header

    required property WorkstationController controller
    required property SessionController session
    property bool mapShown: true
    property string currentView: "board"
    // Incidents awaiting this supervisor's approval (0 for everyone else).
    property int approvalCount: 0
    // Unacknowledged alerts; -1 when the window has no alerts inbox.
    property int alertCount: -1
    // The shift handover (issue 6): current shift, time to its end, escalations and shifts ended
    // without a handover (red); null: no tab.
    property HandoverController handovers: null

    signal mapToggled(bool shown)
    signal aboutRequested()
    signal settingsRequested()
    signal viewRequested(string view)

    height: Theme.headerHeight
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.px(2)
        color: Theme.accent
    }

    Column {
        anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        width: parent.width - status.width - Theme.px(60)
        spacing: Theme.px(2)
        Text {
            width: parent.width
            text: qsTr("Hai Phong Intelligent Operations Center")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: header.session.displayOnly
                  ? qsTr("Display only · live data by monitoring area (Art. 14.3)")
                  : header.session.canManageUsers
                    ? qsTr("Administrator workstation · live data and audit log")
                    : header.session.canApprove
                      ? qsTr("Supervisor workstation · live data and audit log")
                      : qsTr("Duty officer workstation · live data by monitoring area (Art. 14.3)")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    Row {
        id: status
        anchors { right: parent.right; rightMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        spacing: Theme.px(20)
        ConnectionBadge {
            anchors.verticalCenter: parent.verticalCenter
            state: header.controller.connectionState
            lastDataAt: header.controller.lastDataAt
        }
        ClockLabel {
            anchors.verticalCenter: parent.verticalCenter
            language: header.controller.language
        }
        HeaderButton {
            objectName: "boardTab"
            visible: !header.session.displayOnly
            text: qsTr("Live board")
            checkable: true
            checked: header.currentView === "board"
            onClicked: header.viewRequested("board")
        }
        HeaderButton {
            objectName: "incidentsTab"
            visible: !header.session.displayOnly
            text: header.approvalCount > 0
                  ? qsTr("Incidents (%1 to approve)").arg(header.approvalCount)
                  : qsTr("Incidents")
            checkable: true
            checked: header.currentView === "incidents"
            onClicked: header.viewRequested("incidents")
        }
        HeaderButton {
            objectName: "alertsTab"
            visible: header.alertCount >= 0
            text: qsTr("Alerts")
            checkable: true
            checked: header.currentView === "alerts"
            onClicked: header.viewRequested("alerts")
            Rectangle {
                objectName: "alertBadge"
                visible: header.alertCount > 0
                anchors { right: parent.right; top: parent.top; margins: -Theme.px(6) }
                width: Math.max(height, badgeText.implicitWidth + Theme.px(10))
                height: Theme.px(20)
                radius: height / 2
                color: Theme.stale
                Text {
                    id: badgeText
                    anchors.centerIn: parent
                    text: header.alertCount
                    color: Theme.background
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    font.weight: Font.Bold
                }
            }
        }
        HeaderButton {
            objectName: "dashboardsTab"
            text: qsTr("Dashboards")
            checkable: true
            checked: header.currentView === "dashboards"
            onClicked: header.viewRequested("dashboards")
        }
        HeaderButton {
            objectName: "sourcesTab"
            visible: !header.session.displayOnly
            text: qsTr("Sources")
            checkable: true
            checked: header.currentView === "sources"
            onClicked: header.viewRequested("sources")
        }
        HeaderButton {
            objectName: "systemTab"
            visible: !header.session.displayOnly
            text: qsTr("System")
            checkable: true
            checked: header.currentView === "system"
            onClicked: header.viewRequested("system")
        }
        HeaderButton {
            objectName: "citizenTab"
            visible: !header.session.displayOnly
            text: qsTr("Citizen reports")
            checkable: true
            checked: header.currentView === "citizen"
            onClicked: header.viewRequested("citizen")
        }
        HeaderButton {
            objectName: "handoverTab"
            visible: !header.session.displayOnly && header.handovers !== null
            text: header.handovers ? HandoverText.shiftName(header.handovers.shift, header.controller.language)
                                     + " · " + HandoverText.remaining(header.handovers.secondsLeft)
                                   : ""
            checkable: true
            checked: header.currentView === "handover"
            alarm: header.handovers !== null && (header.handovers.escalations.length > 0
                                                 || header.handovers.missingShifts.length > 0)
            onClicked: header.viewRequested("handover")
        }
        HeaderButton {
            objectName: "auditTab"
            visible: header.session.canSeeAudit
            text: qsTr("Audit log")
            checkable: true
            checked: header.currentView === "audit"
            onClicked: header.viewRequested("audit")
        }
        HeaderButton {
            objectName: "mapToggle"
            visible: header.currentView === "board"
            text: qsTr("Map")
            checkable: true
            checked: header.mapShown
            onToggled: header.mapToggled(checked)
            Accessible.name: checked ? qsTr("Hide the map") : qsTr("Show the map")
        }
        LanguageSwitch {
            anchors.verticalCenter: parent.verticalCenter
            language: header.controller.language
            onLanguageRequested: code => header.controller.setLanguage(code)
        }
        HeaderButton {
            objectName: "aboutButton"
            text: qsTr("About")
            onClicked: header.aboutRequested()
        }
        UserMenu {
            anchors.verticalCenter: parent.verticalCenter
            session: header.session
            onSettingsRequested: header.settingsRequested()
        }
    }

    component HeaderButton: Button {
        id: button
        property bool alarm: false // red: something needs a supervisor now
        anchors.verticalCenter: parent.verticalCenter
        flat: true
        leftPadding: Theme.px(12)
        rightPadding: Theme.px(12)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        contentItem: Text {
            text: button.text
            font: button.font
            color: button.checked ? Theme.background : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            implicitHeight: Theme.px(32)
            implicitWidth: Theme.px(60)
            radius: Theme.px(4)
            color: button.alarm ? Theme.stale
                   : button.checked ? Theme.accent : (button.hovered ? Theme.surfaceRaised : "transparent")
            border.color: Theme.border
        }
    }
}
