// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The triage queue: one row per open report with its urgency colour, category, place, age, the
// size of its duplicate group and its first photo.
Rectangle {
    id: pane

    required property CitizenReportController reports
    property string language: "vi"

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(10)
        spacing: Theme.px(8)

        Text {
            Layout.fillWidth: true
            text: qsTr("Citizen reports")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            objectName: "citizenQueueSummary"
            Layout.fillWidth: true
            text: qsTr("%n open", "", pane.reports.queue.count) + " · "
                  + qsTr("%n waiting for triage", "", pane.reports.waitingCount) + " · "
                  + qsTr("%n duplicate group(s)", "", pane.reports.groupCount)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "citizenQueue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.px(6)
            model: pane.reports.queue
            ScrollBar.vertical: ScrollBar {}

            delegate: CitizenReportRow {
                width: ListView.view.width - Theme.px(8)
                reports: pane.reports
                language: pane.language
                selected: reportId === pane.reports.selectedId
                onClicked: pane.reports.select(reportId)
            }

            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No open citizen reports")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
