// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Shift handover (issue 6): the current shift and time to its end, this shift's handover (draft,
// sign), taking over the previous one, history, standing orders; escalations in red on top.
Item {
    id: view

    required property HandoverController handovers
    required property SessionController session
    property string language: "vi"
    property int page: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Rectangle {
            objectName: "escalationBanner"
            Layout.fillWidth: true
            visible: view.handovers.escalations.length > 0
            implicitHeight: escalation.implicitHeight + Theme.px(14)
            radius: Theme.radius
            color: Theme.stale
            Text {
                id: escalation
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(10) }
                text: qsTr("%n handover(s) not taken over in time: escalated to the supervisor.", "", view.handovers.escalations.length)
                color: Theme.background
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
        }

        // One line per shift that ended with no handover signed: the supervisor sees which.
        Repeater {
            model: view.handovers.missingShifts
            delegate: Rectangle {
                id: missed
                required property var modelData
                objectName: "missingHandoverBanner"
                Layout.fillWidth: true
                implicitHeight: missingText.implicitHeight + Theme.px(14)
                radius: Theme.radius
                color: Theme.stale
                Text {
                    id: missingText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(10) }
                    text: qsTr("No handover signed for %1 (%2): escalated to the supervisor.")
                          .arg(HandoverText.shiftName(missed.modelData.shift, view.language))
                          .arg(HandoverText.shiftSpan(missed.modelData.shift))
                    color: Theme.background
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 (%2) · %3 · on duty: %4")
                      .arg(HandoverText.shiftName(view.handovers.shift, view.language))
                      .arg(HandoverText.shiftSpan(view.handovers.shift))
                      .arg(HandoverText.remaining(view.handovers.secondsLeft))
                      .arg(view.handovers.officersOnDuty.join(", ") || qsTr("nobody on the rota"))
                color: view.handovers.draftTime ? Theme.late : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Repeater {
                model: [qsTr("This shift"), qsTr("Take over (%1)").arg(view.handovers.awaiting.length),
                        qsTr("History"), qsTr("Standing orders (%1)").arg(view.handovers.standingOrders.length)]
                delegate: ThemedButton {
                    required property int index
                    required property string modelData
                    text: modelData
                    primary: view.page === index
                    onClicked: view.page = index
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: view.handovers.errorMessage.length > 0
            text: view.handovers.errorMessage
            color: Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: view.page
            HandoverDraftPane {
                handovers: view.handovers
                language: view.language
                canSign: view.session.role === "officer" || view.session.role === "supervisor"
            }
            HandoverHistoryPane {
                handovers: view.handovers
                session: view.session
                language: view.language
                pendingOnly: true
            }
            HandoverHistoryPane {
                handovers: view.handovers
                session: view.session
                language: view.language
            }
            StandingOrdersPane {
                handovers: view.handovers
                supervisor: view.session.role === "supervisor"
            }
        }
    }
}
