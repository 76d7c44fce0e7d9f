// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Who handles the selected incident: pick an officer or supervisor and assign (or nobody).
RowLayout {
    id: row

    required property IncidentController incidents
    property bool canChange: false
    readonly property string current: incidents.detail.assignee ?? ""
    // "" first: nobody.
    readonly property var usernames: [""].concat(incidents.assignees.map(a => a.username))

    function focusPicker() { picker.forceActiveFocus(); picker.popup.open() }

    spacing: Theme.spacing

    // A pick not yet assigned is forgotten when the incident (or its assignee) changes.
    Connections {
        target: row.incidents
        function onDetailChanged() {
            picker.currentIndex = Qt.binding(() => Math.max(0, row.usernames.indexOf(row.current)))
        }
    }

    Text {
        text: qsTr("Assigned to")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    ComboBox {
        id: picker
        objectName: "assigneePicker"
        Layout.preferredWidth: Theme.px(280)
        enabled: row.canChange && (row.incidents.detail.status ?? "closed") !== "closed"
        model: [qsTr("nobody")].concat(row.incidents.assignees.map(
                   a => a.display_name !== "" ? a.display_name + " (" + a.username + ")" : a.username))
        currentIndex: Math.max(0, row.usernames.indexOf(row.current))
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        // The dark theme's colours for the box and its list.
        palette.button: Theme.surfaceRaised
        palette.buttonText: Theme.text
        palette.window: Theme.surfaceRaised
        palette.text: Theme.text
        palette.base: Theme.background
        palette.light: Theme.surfaceRaised
        palette.mid: Theme.border
        palette.dark: Theme.border
        palette.highlight: Theme.accent
        palette.highlightedText: Theme.background
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Officers and supervisors (Ctrl+Shift+A)")
    }
    ThemedButton {
        objectName: "assignButton"
        visible: row.canChange
        text: qsTr("Assign")
        enabled: picker.enabled && !row.incidents.busy
                 && row.usernames[picker.currentIndex] !== row.current
        onClicked: row.incidents.assign(row.usernames[picker.currentIndex])
    }
    Item { Layout.fillWidth: true }
}
