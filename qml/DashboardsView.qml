// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The dashboards of regulation 14.3 (a–đ), one per monitoring area and one per sector, as the
// configuration file lists them: the list on the left, the chosen one on the right with its KPI
// tiles, trend charts and breakdown by commune-level unit.
Item {
    id: view

    required property DashboardController dashboards

    Rectangle {
        id: side
        width: Theme.px(270)
        height: parent.height
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ListView {
            id: list
            objectName: "dashboardList"
            anchors { fill: parent; margins: Theme.px(6) }
            clip: true
            model: view.dashboards.dashboards
            delegate: Rectangle {
                id: entry
                required property string dashboardId
                required property string title
                required property string article
                required property int index
                // The first dashboard of each regulation point starts a group.
                readonly property bool groupStart: index === 0
                    || view.dashboards.dashboards.articleAt(index - 1) !== article
                width: list.width
                height: Theme.px(32) + (groupStart ? groupLabel.height : 0)
                color: "transparent"
                Text {
                    id: groupLabel
                    visible: entry.groupStart
                    height: visible ? implicitHeight : 0
                    topPadding: Theme.px(8)
                    bottomPadding: Theme.px(2)
                    leftPadding: Theme.px(6)
                    text: qsTr("Art. %1").arg(entry.article)
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                    height: Theme.px(32)
                    radius: Theme.px(4)
                    color: view.dashboards.currentId === entry.dashboardId ? Theme.accent
                           : hover.containsMouse ? Theme.surfaceRaised : "transparent"
                }
                Text {
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom; leftMargin: Theme.px(10); rightMargin: Theme.px(6) }
                    height: Theme.px(32)
                    verticalAlignment: Text.AlignVCenter
                    text: entry.title
                    elide: Text.ElideRight
                    color: view.dashboards.currentId === entry.dashboardId ? Theme.background : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                MouseArea {
                    id: hover
                    anchors.fill: parent
                    hoverEnabled: true
                    onClicked: view.dashboards.currentId = entry.dashboardId
                }
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.title
            }
        }
    }

    ScrollView {
        id: scroll
        anchors { left: side.right; leftMargin: Theme.px(10); right: parent.right; top: parent.top; bottom: parent.bottom }
        contentWidth: availableWidth
        clip: true

        Column {
            id: content
            width: scroll.availableWidth
            spacing: Theme.px(10)

            Text {
                objectName: "configError"
                width: parent.width
                visible: view.dashboards.configError !== ""
                text: qsTr("The dashboard configuration could not be read: %1").arg(view.dashboards.configError)
                color: Theme.stale
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }

            Row {
                spacing: Theme.px(12)
                Text {
                    objectName: "dashboardTitle"
                    text: view.dashboards.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                Text {
                    anchors.baseline: parent.children[0].baseline
                    text: view.dashboards.article !== "" ? qsTr("Regulation art. %1").arg(view.dashboards.article) : ""
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }

            // KPI tiles in as many columns as fit.
            Flow {
                id: tiles
                readonly property int columns: Math.max(2, Math.floor((width + spacing) / (Theme.px(250) + spacing)))
                readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
                width: parent.width
                spacing: Theme.px(10)
                Repeater {
                    model: view.dashboards.kpis
                    delegate: KpiTile { width: tiles.tileWidth }
                }
            }

            Grid {
                id: charts
                width: parent.width
                columns: width > Theme.px(1100) ? 2 : 1
                spacing: Theme.px(10)
                Repeater {
                    model: view.dashboards.trends
                    delegate: TrendChart {
                        required property var modelData
                        width: (charts.width - (charts.columns - 1) * charts.spacing) / charts.columns
                        trend: modelData
                        controller: view.dashboards
                    }
                }
            }

            BreakdownPanel {
                width: parent.width
                visible: view.dashboards.breakdownTitle !== ""
                controller: view.dashboards
            }
        }
    }
}
