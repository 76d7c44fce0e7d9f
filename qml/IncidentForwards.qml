// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Where the selected incident was forwarded (regulation 12.5): the department or commune focal
// point, the deadline (red and marked when passed without an answer), and the answer, which an
// officer records here when it arrives.
ColumnLayout {
    id: box

    required property IncidentController incidents
    property bool canChange: false
    readonly property var forwards: incidents.detail.forwards ?? []

    signal forwardRequested()

    spacing: Theme.px(6)

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: qsTr("Forwarded to focal points (%1)").arg(box.forwards.length)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
        }
        ThemedButton {
            objectName: "forwardButton"
            visible: box.canChange && (box.incidents.detail.status ?? "closed") !== "closed"
            enabled: !box.incidents.busy
            text: qsTr("Forward… (Ctrl+Shift+F)")
            onClicked: box.forwardRequested()
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Forward to a department or commune focal point with a deadline (Ctrl+Shift+F)")
        }
    }

    Repeater {
        model: box.forwards
        delegate: Rectangle {
            id: card
            required property var modelData
            readonly property bool answered: (modelData.answered_at ?? null) !== null
            readonly property bool overdue: modelData.overdue === true
            objectName: "forward_" + modelData.id
            Layout.fillWidth: true
            implicitHeight: content.implicitHeight + Theme.px(16)
            radius: Theme.radius
            color: overdue ? Qt.rgba(1, 0.35, 0.35, 0.12) : Theme.surfaceRaised
            border.color: overdue ? Theme.stale : Theme.border
            border.width: overdue ? Theme.px(2) : Theme.px(1)

            ColumnLayout {
                id: content
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(8) }
                spacing: Theme.px(4)
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: card.modelData.focal_point !== ""
                              ? card.modelData.unit + " · " + card.modelData.focal_point
                              : card.modelData.unit
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                    }
                    IncidentBadge {
                        visible: card.overdue
                        text: qsTr("OVERDUE")
                        tint: Theme.stale
                        filled: true
                    }
                    IncidentBadge {
                        visible: card.answered
                        text: qsTr("ANSWERED")
                        tint: Theme.fresh
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("answer due %1 · sent by %2 at %3")
                          .arg(Qt.formatDateTime(new Date(card.modelData.deadline), "dd/MM HH:mm"))
                          .arg(card.modelData.forwarded_by)
                          .arg(Qt.formatDateTime(new Date(card.modelData.forwarded_at), "dd/MM HH:mm"))
                    wrapMode: Text.Wrap
                    color: card.overdue ? Theme.stale : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.modelData.message ?? ""
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    Layout.fillWidth: true
                    visible: card.answered
                    text: qsTr("Answer (%1, %2): %3").arg(card.modelData.answered_by ?? "")
                          .arg(card.answered ? Qt.formatDateTime(new Date(card.modelData.answered_at), "dd/MM HH:mm") : "")
                          .arg(card.modelData.answer ?? "")
                    wrapMode: Text.Wrap
                    color: Theme.fresh
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: !card.answered && box.canChange
                    ThemedField {
                        id: answer
                        objectName: "answerField_" + card.modelData.id
                        Layout.fillWidth: true
                        placeholderText: qsTr("The focal point's answer, as received")
                        onAccepted: record.clicked()
                    }
                    ThemedButton {
                        id: record
                        objectName: "recordAnswer_" + card.modelData.id
                        text: qsTr("Record answer")
                        enabled: answer.text.trim() !== "" && !box.incidents.busy
                        onClicked: {
                            if (!enabled)
                                return
                            box.incidents.recordAnswer(card.modelData.id, answer.text)
                            answer.clear()
                        }
                    }
                }
            }
        }
    }
}
