// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Acknowledges one alert with a comment (what was done, whom was told); the server records who
// and when. Enter sends, Esc cancels.
Popup {
    id: dialog

    property AlertController alerts: null
    property var alertId: 0
    property string alertLabel: ""

    function openFor(id, label) {
        dialog.alertId = id
        dialog.alertLabel = label
        comment.clear()
        if (dialog.alerts)
            dialog.alerts.clearError()
        open()
        comment.forceActiveFocus()
    }

    function submit() {
        dialog.alerts.acknowledge(dialog.alertId, comment.text)
        dialog.close()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(640), parent ? parent.width - Theme.px(40) : Theme.px(640))
    padding: Theme.px(20)
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.accent
        border.width: Theme.px(2)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Acknowledge alert")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: dialog.alertLabel
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ThemedField {
            id: comment
            objectName: "ackComment"
            Layout.fillWidth: true
            placeholderText: qsTr("Comment: what was done, who was told")
            onAccepted: dialog.submit()
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            ThemedButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ThemedButton {
                objectName: "ackSend"
                primary: true
                text: qsTr("Acknowledge")
                onClicked: dialog.submit()
            }
        }
    }
}
