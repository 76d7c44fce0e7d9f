// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Console

// The incident workspace: the list on the left, the selected incident on the right, the create
// form on top. Keyboard first: Ctrl+N new, Ctrl+F search, Ctrl+K acknowledge the selected one,
// Ctrl+Shift+F forward it, Ctrl+Shift+A pick its assignee. A decision on a resolution this user
// proposed is shown at once, on top, whichever incident is selected.
Item {
    id: view

    required property IncidentController incidents
    required property SessionController session
    property string language: "vi"
    readonly property bool canChange: session.role === "officer" || session.role === "supervisor"

    IncidentDecisionBanner {
        id: decisionBanner
        anchors { left: parent.left; right: parent.right; top: parent.top }
        incidents: view.incidents
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                  top: decisionBanner.visible ? decisionBanner.bottom : parent.top
                  topMargin: decisionBanner.visible ? Theme.px(8) : 0 }
        spacing: Theme.px(10)
        IncidentListPane {
            id: listPane
            Layout.preferredWidth: Math.max(Theme.px(520), view.width * 0.42)
            Layout.fillHeight: true
            incidents: view.incidents
            canApprove: view.session.canApprove
            onCreateRequested: createDialog.openFresh()
        }
        IncidentDetailPane {
            id: detailPane
            Layout.fillWidth: true
            Layout.fillHeight: true
            incidents: view.incidents
            language: view.language
            canChange: view.canChange
        }
    }

    IncidentCreateDialog {
        id: createDialog
        incidents: view.incidents
        language: view.language
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: view.visible && view.canChange
        onActivated: createDialog.openFresh()
    }
    Shortcut {
        sequence: StandardKey.Find
        enabled: view.visible
        onActivated: listPane.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: view.visible && view.incidents.allowedActions.indexOf("acknowledge") >= 0
        onActivated: view.incidents.transition("acknowledge", "")
    }
    Shortcut {
        sequence: "Ctrl+Shift+F"
        enabled: view.visible && view.canChange && view.incidents.selectedId > 0
        onActivated: detailPane.openForward()
    }
    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: view.visible && view.canChange && view.incidents.selectedId > 0
        onActivated: detailPane.focusAssignee()
    }
}
