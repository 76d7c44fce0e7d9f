// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The console's main window. Before signing in it shows the login screen; after, the views the
// role may use: the live board (everyone), the audit log (supervisors, admins). When the
// session expires the views stay as they are under a login sheet, so no input is lost; signing
// out clears what the audit view held.
ApplicationWindow {
    id: window

    required property WorkstationController controller
    required property SessionController session
    required property AuditController audit
    required property IncidentController incidents
    required property DashboardController dashboards
    required property SourcesController sources
    required property SystemController system
    required property ConsoleSettings settings
    // The alerts inbox (issue 9); optional so windows built without it still load.
    property AlertController alerts: null
    // Shift handover (issue 6); null where the application does not provide it.
    property HandoverController handovers: null
    property bool settingsAtStart: false
    property bool mapShown: true
    property bool aboutAtStart: false
    property string currentView: "board"

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: qsTr("Hai Phong IOC — Workstation")
    font.family: Theme.fontFamily

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.5, Math.min(window.width / 1920, window.height / 1080))
    }

    // Whether the signed-in role may open a view (the server enforces the same on every route).
    function mayOpen(view) {
        switch (view) {
        case "board":
        case "dashboards": return true
        case "audit": return window.session.canSeeAudit
        case "alerts": return window.alerts !== null
        case "incidents":
        case "sources":
        case "system":
        case "citizen": return !window.session.displayOnly
        case "handover": return !window.session.displayOnly && window.handovers !== null
        }
        return false
    }

    // A view the new role may not open falls back to the board.
    Connections {
        target: window.session
        function onSessionChanged() {
            if (!window.mayOpen(window.currentView))
                window.currentView = "board"
        }
    }

    header: HeaderBar {
        visible: window.session.loggedIn
        controller: window.controller
        session: window.session
        mapShown: window.mapShown
        currentView: window.currentView
        approvalCount: window.session.canApprove ? window.incidents.approvalCount : 0
        alertCount: window.alerts ? window.alerts.model.unacknowledgedCount : -1
        onMapToggled: shown => window.mapShown = shown
        onAboutRequested: about.open()
        onSettingsRequested: settingsDialog.open()
        onViewRequested: view => window.currentView = view
        handovers: window.handovers
    }

    // Shown once signed in and kept as they are while the session is only expired. (Not a
    // Loader: in Qt 6.4 a Loader cannot instantiate a bound inline component.)
    StackLayout {
        id: views
        objectName: "views"
        anchors.fill: parent
        anchors.margins: Theme.px(10)
        visible: window.session.loggedIn
        // Each view's place among the children below; one the role may not open shows the board.
        readonly property var indexOf: ({ board: 0, audit: 1, incidents: 2, alerts: 3,
                                          dashboards: 4, sources: 5, system: 6, citizen: 7,
                                          handover: 8 })
        currentIndex: window.mayOpen(window.currentView) ? indexOf[window.currentView] : 0
        BoardView {
            controller: window.controller
            mapShown: window.mapShown
        }
        AuditView {
            audit: window.audit
        }
        IncidentsView {
            incidents: window.incidents
            session: window.session
            language: window.controller.language
        }
        AlertsView {
            alerts: window.alerts
            session: window.session
            language: window.controller.language
        }
        DashboardsView {
            dashboards: window.dashboards
        }
        SourcesView {
            sources: window.sources
            canUrge: !window.session.displayOnly
        }
        SystemView {
            system: window.system
        }
        CitizenReportsView {
            reports: citizenReports
            canChange: window.session.role === "officer" || window.session.role === "supervisor"
            language: window.controller.language
        }
        HandoverView {
            handovers: window.handovers
            session: window.session
            language: window.controller.language
        }
    }

    // Citizen reports share the incidents' signed-in requester; kept current while shown.
    CitizenReportController {
        id: citizenReports
        incidents: window.incidents
        session: window.session
        active: window.session.loggedIn && views.currentIndex === views.indexOf.citizen
    }
    // The board and health views poll iocd only while shown.
    Binding { target: window.sources; property: "active"; value: window.session.loggedIn && views.currentIndex === views.indexOf.sources }
    Binding { target: window.system; property: "active"; value: window.session.loggedIn && views.currentIndex === views.indexOf.system }
    Connections {
        target: views
        function onCurrentIndexChanged() { if (views.currentIndex === views.indexOf.dashboards) window.dashboards.refresh() }
    }

    LoginScreen {
        objectName: "loginScreen"
        anchors.fill: parent
        visible: !window.session.loggedIn
        session: window.session
        language: window.controller.language
        onLanguageRequested: code => window.controller.setLanguage(code)
    }

    ReloginSheet {
        objectName: "reloginSheet"
        session: window.session
    }

    AboutDialog { id: about }
    SettingsDialog { id: settingsDialog; settings: window.settings; controller: window.controller }
    Component.onCompleted: {
        if (aboutAtStart) about.open()
        if (settingsAtStart) settingsDialog.open()
    }

    footer: Rectangle {
        visible: window.session.loggedIn
        height: Theme.px(30)
        color: Theme.surface
        StatusLegend {
            anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        }
        Text {
            anchors { right: parent.right; rightMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
            text: qsTr("Backend %1 · %n update(s) received", "", window.controller.updateCount)
                  .arg(window.controller.backendUrl)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
