// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Standing orders (chỉ đạo thường trực) in force: shown in every handover. Supervisors give them
// (for a number of days, or until ended) and end them early.
Item {
    id: pane

    required property HandoverController handovers
    property bool supervisor: false

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            visible: pane.supervisor
            spacing: Theme.spacing
            ThemedField { id: orderTitle; Layout.fillWidth: true; placeholderText: qsTr("Standing order") }
            ThemedField { id: orderText; Layout.fillWidth: true; placeholderText: qsTr("Details") }
            SpinBox { id: orderDays; from: 0; to: 365; value: 7; Accessible.name: qsTr("Days in force (0: until ended)") }
            Text { text: qsTr("days (0: until ended)"); color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
            ThemedButton {
                primary: true
                text: qsTr("Give order")
                enabled: orderTitle.text.trim().length > 0
                onClicked: { pane.handovers.createStandingOrder(orderTitle.text, orderText.text, orderDays.value); orderTitle.clear(); orderText.clear() }
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: pane.handovers.standingOrders
            delegate: Rectangle {
                id: order
                required property var modelData
                width: list.width
                implicitHeight: row.implicitHeight + Theme.px(14)
                radius: Theme.radius
                color: Theme.surfaceRaised
                border.color: Theme.border
                RowLayout {
                    id: row
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(8) }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.px(2)
                        Text { Layout.fillWidth: true; text: order.modelData.title; color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; wrapMode: Text.Wrap }
                        Text { Layout.fillWidth: true; visible: order.modelData.text.length > 0; text: order.modelData.text; color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("by %1 · from %2 · %3").arg(order.modelData.created_by)
                                  .arg(HandoverText.hpTime(order.modelData.valid_from, true))
                                  .arg(order.modelData.valid_to ? qsTr("until %1").arg(HandoverText.hpTime(order.modelData.valid_to, true)) : qsTr("until ended"))
                            color: Theme.textMuted; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; wrapMode: Text.Wrap
                        }
                    }
                    ThemedButton {
                        visible: pane.supervisor
                        text: qsTr("End now")
                        onClicked: pane.handovers.endStandingOrder(order.modelData.id)
                    }
                }
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Text {
            visible: list.count === 0
            text: qsTr("No standing order in force.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
