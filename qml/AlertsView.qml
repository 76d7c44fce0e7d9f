// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The alerts inbox (issue 9): open alerts first by severity, cleared ones greyed below; new
// ones arrive from the stream at once. Acknowledge with a comment, or make an incident in one
// action. The optional sound is off by default and never offered on the wall.
Item {
    id: view

    // null in windows built without the inbox: the view then stays empty.
    property AlertController alerts: null
    required property SessionController session
    property string language: "vi"
    readonly property bool mayWorkIncidents: view.session.role === "officer" || view.session.role === "supervisor"

    Connections {
        target: view.alerts
        ignoreUnknownSignals: true
        function onAlertArrived() {
            if (sound.item)
                sound.item.play()
        }
    }

    // Loaded only when switched on, so a console without audio never touches QtMultimedia.
    Loader {
        id: sound
        active: view.alerts !== null && view.alerts.soundAllowed
        source: "AlertSound.qml"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: qsTr("Alerts")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            Text {
                objectName: "alertCounts"
                Layout.fillWidth: true
                text: view.alerts
                      ? qsTr("%1 unacknowledged · %2 open · %3 listed")
                            .arg(view.alerts.model.unacknowledgedCount).arg(view.alerts.model.openCount)
                            .arg(view.alerts.model.count)
                      : ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            CheckBox {
                id: soundBox
                objectName: "alertSound"
                visible: !view.session.displayOnly
                checked: view.alerts !== null && view.alerts.soundEnabled
                onToggled: view.alerts.soundEnabled = checked
                Accessible.name: soundLabel.text
            }
            Text {
                id: soundLabel
                visible: soundBox.visible
                text: qsTr("Sound for new alerts")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        soundBox.toggle()
                        soundBox.toggled()
                    }
                }
            }
            ThemedButton {
                text: qsTr("Reload")
                onClicked: if (view.alerts) view.alerts.reload()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: view.alerts !== null && view.alerts.errorMessage !== ""
            implicitHeight: errorText.implicitHeight + Theme.px(16)
            radius: Theme.radius
            color: "transparent"
            border.color: Theme.stale
            Text {
                id: errorText
                anchors { fill: parent; margins: Theme.px(8) }
                text: view.alerts ? view.alerts.errorMessage : ""
                color: Theme.stale
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        ListView {
            id: list
            objectName: "alertList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: view.alerts ? view.alerts.model : null
            delegate: AlertRow {
                width: ListView.view.width
                language: view.language
                canAcknowledge: !view.session.displayOnly
                canMakeIncident: view.mayWorkIncidents
                onAcknowledgeRequested: ackDialog.openFor(alertId, language === "en" ? labelEn : labelVi)
                onIncidentRequested: view.alerts.makeIncident(alertId)
            }
            ScrollBar.vertical: ScrollBar {}

            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No alerts. New ones appear here the moment a rule fires.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }

    AlertAckDialog {
        id: ackDialog
        alerts: view.alerts
    }
}
