// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The selected report: what the citizen wrote, where, photos, likely duplicates, what the
// citizen is told, and the actions — each one step: make an incident, forward with a deadline,
// merge, reject with a public reason; on a forwarded report, the unit's answer and accepting it.
Rectangle {
    id: pane

    required property CitizenReportController reports
    property string language: "vi"
    property bool canChange: false
    readonly property var report: reports.detail
    readonly property string status: report.status || ""
    readonly property bool untouched: status === "received" || status === "triaged"
    readonly property var duplicates: report.duplicates || []

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    // A new report: fresh suggestions in the forms.
    onReportChanged: {
        if (reports.selectedId !== shownId) {
            shownId = reports.selectedId
            unitField.text = report.unit ? qsTr("People's Committee of %1").arg(report.unit.name) : ""
            mergeField.text = duplicates.length > 0 ? String(duplicates[0]) : ""
            reasonField.text = ""
            answerField.text = ""
        }
        // The duplicates come with the full detail, after the summary.
        if (mergeField.text === "" && duplicates.length > 0)
            mergeField.text = String(duplicates[0])
    }
    property real shownId: 0

    Text {
        anchors.centerIn: parent
        visible: pane.reports.selectedId <= 0
        text: qsTr("Select a report in the queue")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(12)
        spacing: Theme.px(8)
        visible: pane.reports.selectedId > 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            Rectangle {
                implicitWidth: Theme.px(10)
                implicitHeight: Theme.px(26)
                radius: Theme.px(3)
                color: Theme.severityColor(pane.report.urgency || 1)
            }
            Text {
                Layout.fillWidth: true
                text: "#" + (pane.report.id || "") + " · "
                      + pane.reports.categoryLabel(pane.report.category || "", pane.language) + " · "
                      + CitizenReportText.statusLabel(pane.status)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.px(6)

                Text {
                    Layout.fillWidth: true
                    text: pane.report.text || ""
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    readonly property string address: pane.report.location ? pane.report.location.address : ""
                    readonly property string unitName: pane.report.unit ? pane.report.unit.name : ""
                    text: qsTr("Place: %1").arg(address.indexOf(unitName) >= 0 ? address
                                                : [address, unitName].filter(s => s).join(" · "))
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Channel %1 · observed %2 · received %3")
                          .arg(pane.report.channel || "")
                          .arg(Qt.formatDateTime(new Date(pane.report.observed_at || 0), "HH:mm dd/MM/yyyy"))
                          .arg(Qt.formatDateTime(new Date(pane.report.received_at || 0), "HH:mm dd/MM/yyyy"))
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: !!pane.report.contact && (pane.report.contact.name || pane.report.contact.phone)
                    text: pane.report.contact
                          ? qsTr("Contact (private): %1 %2").arg(pane.report.contact.name).arg(pane.report.contact.phone)
                          : ""
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.px(6)
                    visible: pane.reports.detailThumbnails.length > 0
                    Repeater {
                        model: pane.reports.detailThumbnails
                        delegate: Image {
                            required property string modelData
                            width: Theme.px(160)
                            height: Theme.px(120)
                            fillMode: Image.PreserveAspectFit
                            source: modelData
                        }
                    }
                }

                Text {
                    Layout.fillWidth: true
                    visible: pane.duplicates.length > 0
                    text: qsTr("Likely the same as: %1").arg(pane.duplicates.map(d => "#" + d).join(", "))
                    color: Theme.late
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: !!pane.report.forward
                    text: pane.report.forward
                          ? qsTr("Forwarded to %1, due %2").arg(pane.report.forward.unit)
                              .arg(Qt.formatDateTime(new Date(pane.report.forward.deadline), "HH:mm dd/MM"))
                            + (pane.report.forward.answer ? "\n" + qsTr("Unit's answer: %1").arg(pane.report.forward.answer) : "")
                          : ""
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The citizen is told: %1").arg(pane.report.public_message || "")
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: pane.reports.errorMessage !== ""
            text: pane.reports.errorMessage
            color: Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        // The actions: each row is one step (its button sends what the row holds).
        GridLayout {
            Layout.fillWidth: true
            visible: pane.canChange
            columns: 2
            columnSpacing: Theme.px(8)
            rowSpacing: Theme.px(6)
            enabled: !pane.reports.busy

            ThemedButton {
                objectName: "makeIncidentButton"
                Layout.preferredWidth: Theme.px(190)
                primary: true
                enabled: pane.untouched
                text: qsTr("Make incident")
                onClicked: pane.reports.makeIncident("")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Logs an incident linked to this report, with its place and photos.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            ThemedButton {
                Layout.preferredWidth: Theme.px(190)
                enabled: pane.untouched && unitField.text.trim() !== ""
                text: qsTr("Forward")
                onClicked: pane.reports.forward(unitField.text, "", hours.value, "")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.px(6)
                ThemedField {
                    id: unitField
                    Layout.fillWidth: true
                    placeholderText: qsTr("Department or commune focal point")
                }
                SpinBox {
                    id: hours
                    from: 1
                    to: 240
                    value: 24
                    editable: true
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Deadline in hours")
                }
                Text {
                    text: qsTr("h")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }

            ThemedButton {
                Layout.preferredWidth: Theme.px(190)
                enabled: pane.untouched && mergeField.text.trim() !== ""
                text: qsTr("Merge")
                onClicked: pane.reports.merge(mergeField.text, "")
            }
            ThemedField {
                id: mergeField
                Layout.fillWidth: true
                placeholderText: qsTr("Report number or incident ref (HP-…)")
            }

            ThemedButton {
                Layout.preferredWidth: Theme.px(190)
                enabled: pane.untouched && reasonField.text.trim() !== ""
                text: qsTr("Reject")
                onClicked: pane.reports.reject(reasonField.text, "")
            }
            ThemedField {
                id: reasonField
                Layout.fillWidth: true
                placeholderText: qsTr("Reason the citizen will read")
            }

            ThemedButton {
                Layout.preferredWidth: Theme.px(190)
                visible: pane.status === "forwarded"
                enabled: answerField.text.trim() !== ""
                text: qsTr("Record answer")
                onClicked: pane.reports.recordAnswer(answerField.text)
            }
            RowLayout {
                Layout.fillWidth: true
                visible: pane.status === "forwarded"
                spacing: Theme.px(6)
                ThemedField {
                    id: answerField
                    Layout.fillWidth: true
                    placeholderText: qsTr("The unit's answer")
                }
                ThemedButton {
                    enabled: !!pane.report.forward && !!pane.report.forward.answer
                    text: qsTr("Accept as public answer")
                    onClicked: pane.reports.acceptAnswer("")
                }
            }
        }
    }
}
