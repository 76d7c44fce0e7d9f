// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Every handover, newest shift first: search without diacritics, filter by dates and officer;
// the selected one on the right (read, annotate, export). With `pendingOnly`, only those waiting
// for the next shift: the incoming officer's take-over list.
Item {
    id: pane

    required property HandoverController handovers
    required property SessionController session
    property string language: "vi"
    property bool pendingOnly: false

    function runSearch() {
        pane.handovers.search(query.text, fromField.text, toField.text, officerField.text)
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.px(10)
        ColumnLayout {
            Layout.preferredWidth: Math.max(Theme.px(420), pane.width * 0.36)
            Layout.fillHeight: true
            spacing: Theme.spacing
            ThemedField {
                id: query
                visible: !pane.pendingOnly
                Layout.fillWidth: true
                placeholderText: qsTr("Search handovers (without diacritics is fine)")
                onAccepted: pane.runSearch()
            }
            RowLayout {
                visible: !pane.pendingOnly
                Layout.fillWidth: true
                spacing: Theme.gap
                ThemedField { id: fromField; Layout.fillWidth: true; implicitWidth: Theme.px(120); placeholderText: qsTr("From YYYY-MM-DD"); onAccepted: pane.runSearch() }
                ThemedField { id: toField; Layout.fillWidth: true; implicitWidth: Theme.px(120); placeholderText: qsTr("To YYYY-MM-DD"); onAccepted: pane.runSearch() }
                ThemedField { id: officerField; Layout.fillWidth: true; implicitWidth: Theme.px(120); placeholderText: qsTr("Officer"); onAccepted: pane.runSearch() }
                ThemedButton { text: qsTr("Search"); implicitWidth: Theme.px(90); onClicked: pane.runSearch() }
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap
                model: pane.pendingOnly ? pane.handovers.awaiting : pane.handovers.history
                delegate: Rectangle {
                    id: entry
                    required property var model
                    readonly property var h: pane.pendingOnly ? model.modelData : model
                    readonly property var hid: pane.pendingOnly ? h.id : h.handoverId
                    width: list.width
                    implicitHeight: lines.implicitHeight + Theme.px(14)
                    radius: Theme.radius
                    color: pane.handovers.detail.id === entry.hid ? Theme.surfaceRaised : Theme.surface
                    border.color: (pane.pendingOnly ? entry.h.escalated_at : entry.h.escalated) ? Theme.stale : Theme.border
                    Column {
                        id: lines
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(7) }
                        spacing: Theme.px(2)
                        Text {
                            width: parent.width
                            text: pane.pendingOnly
                                  ? qsTr("No. %1 · %2 %3").arg(entry.hid).arg(HandoverText.shiftName(entry.h.shift, pane.language)).arg(entry.h.shift.date)
                                  : qsTr("No. %1 · %2 %3").arg(entry.hid).arg(pane.language === "en" ? entry.h.shiftLabelEn : entry.h.shiftLabelVi).arg(entry.h.shiftDate)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                        Text {
                            width: parent.width
                            text: pane.pendingOnly
                                  ? qsTr("signed by %1 · %2").arg(entry.h.signed_by).arg(HandoverText.status(entry.h.status))
                                  : qsTr("signed by %1 · %2").arg(entry.h.signedBy)
                                        .arg(entry.h.status === "signed" ? HandoverText.status("signed") : qsTr("taken over by %1").arg(entry.h.acknowledgedBy))
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea { anchors.fill: parent; onClicked: pane.handovers.select(entry.hid) }
                }
                ScrollBar.vertical: ScrollBar {}
            }
            Text {
                visible: list.count === 0
                text: pane.pendingOnly ? qsTr("No handover is waiting to be taken over.") : qsTr("No handover found.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        HandoverDetailPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            handovers: pane.handovers
            session: pane.session
            language: pane.language
        }
    }
}
