// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The incident list: instant search (diacritics do not matter), quick filters, and the list,
// which asks the server for more as it is scrolled.
Rectangle {
    id: pane

    required property IncidentController incidents
    property bool canApprove: false
    signal createRequested()

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(12)
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: qsTr("Incidents")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 open · %2 overdue").arg(pane.incidents.openCount).arg(pane.incidents.overdueCount)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            ThemedButton {
                objectName: "newIncidentButton"
                primary: true
                text: qsTr("New incident (Ctrl+N)")
                onClicked: pane.createRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Log a new incident (Ctrl+N)")
            }
        }

        ThemedField {
            id: search
            objectName: "incidentSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search title, description, notes… (Ctrl+F)")
            text: pane.incidents.list.search
            onTextEdited: pane.incidents.list.search = text
            Keys.onEscapePressed: { text = ""; pane.incidents.list.search = "" }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(6)
            Repeater {
                model: [
                    { label: qsTr("All"), statuses: "" },
                    { label: qsTr("Open"), statuses: "new,acknowledged,in_progress,resolution_proposed" },
                    { label: qsTr("New"), statuses: "new" },
                    { label: qsTr("Awaiting approval"), statuses: "resolution_proposed" },
                    { label: qsTr("Closed"), statuses: "closed" }
                ]
                delegate: FilterChip {
                    required property var modelData
                    text: modelData.label
                    checked: pane.incidents.list.statusFilter === modelData.statuses
                    onClicked: pane.incidents.list.statusFilter = modelData.statuses
                    badge: modelData.statuses === "resolution_proposed" && pane.canApprove
                           ? pane.incidents.approvalCount : 0
                }
            }
            FilterChip {
                text: qsTr("Overdue")
                checked: pane.incidents.list.overdueOnly
                onClicked: pane.incidents.list.overdueOnly = !pane.incidents.list.overdueOnly
            }
            Item { Layout.fillWidth: true }
        }

        RowLayout {
            objectName: "sortBar"
            Layout.fillWidth: true
            spacing: Theme.px(6)
            Text {
                text: qsTr("Sort:")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: [
                    { key: "created", label: qsTr("Created") },
                    { key: "severity", label: qsTr("Severity") },
                    { key: "status", label: qsTr("Status") },
                    { key: "deadline", label: qsTr("Deadline") }
                ]
                delegate: FilterChip {
                    required property var modelData
                    readonly property bool active: pane.incidents.list.sortKey === modelData.key
                    objectName: "sort_" + modelData.key
                    text: modelData.label + (active ? (pane.incidents.list.sortDescending ? " ↓" : " ↑") : "")
                    checked: active
                    onClicked: pane.incidents.list.sortBy(modelData.key)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: active ? qsTr("Click again to reverse the order")
                                         : qsTr("Sort the list by this column (on the server, page by page)")
                }
            }
            Item { Layout.fillWidth: true }
        }

        ListView {
            id: list
            objectName: "incidentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.px(6)
            model: pane.incidents.list
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: IncidentRow {
                width: ListView.view.width - Theme.px(10)
                selected: incidentId === pane.incidents.selectedId
                onClicked: pane.incidents.select(incidentId)
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0 && !pane.incidents.list.loading
                text: pane.incidents.list.errorMessage !== ""
                      ? qsTr("The list could not be loaded: %1").arg(pane.incidents.list.errorMessage)
                      : qsTr("No incidents match")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            footer: Item {
                width: ListView.view.width
                height: pane.incidents.list.loading ? Theme.px(36) : 0
                BusyIndicator {
                    anchors.centerIn: parent
                    running: pane.incidents.list.loading
                    height: Theme.px(28)
                }
            }
        }
    }

    component FilterChip: Button {
        id: chip
        property int badge: 0
        flat: true
        checkable: false
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        leftPadding: Theme.px(10)
        rightPadding: Theme.px(10)
        contentItem: Row {
            spacing: Theme.px(6)
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: chip.text
                font: chip.font
                color: chip.checked ? Theme.background : Theme.text
            }
            Rectangle {
                objectName: "approvalBadge"
                anchors.verticalCenter: parent.verticalCenter
                visible: chip.badge > 0
                width: Math.max(height, countText.implicitWidth + Theme.px(8))
                height: Theme.px(18)
                radius: height / 2
                color: Theme.late
                Text {
                    id: countText
                    anchors.centerIn: parent
                    text: chip.badge
                    color: Theme.background
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    font.weight: Font.Bold
                }
            }
        }
        background: Rectangle {
            implicitHeight: Theme.px(30)
            radius: Theme.px(15)
            color: chip.checked ? Theme.accent : (chip.hovered ? Theme.surfaceRaised : "transparent")
            border.color: chip.checked ? Theme.accent : Theme.border
        }
    }
}
