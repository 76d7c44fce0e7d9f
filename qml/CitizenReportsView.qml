// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Citizen reports (phản ánh hiện trường): the triage queue on the left (most urgent and newest
// first, likely duplicates marked as one group), the selected report on the right with its place
// on the map, its photos and the officer's actions, each one step.
Item {
    id: view

    required property CitizenReportController reports
    property string language: "vi"
    // Officers and supervisors act; others only look (the server refuses them anyway).
    property bool canChange: false

    RowLayout {
        anchors.fill: parent
        spacing: Theme.px(10)

        CitizenReportQueue {
            Layout.preferredWidth: Math.max(Theme.px(460), view.width * 0.36)
            Layout.fillHeight: true
            reports: view.reports
            language: view.language
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(10)
            CitizenReportMap {
                Layout.fillWidth: true
                Layout.preferredHeight: view.height * 0.38
                Layout.minimumHeight: Theme.px(180)
                reports: view.reports
            }
            CitizenReportDetail {
                Layout.fillWidth: true
                Layout.fillHeight: true
                reports: view.reports
                language: view.language
                canChange: view.canChange
            }
        }
    }
}
