// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One alert in the inbox: severity bar, badges, the rule and its message, who acknowledged it
// and when, and the two actions. A cleared alert stays listed, greyed.
Rectangle {
    id: row

    required property var alertId
    required property int severity
    required property string alertState
    required property string kind
    required property string labelVi
    required property string labelEn
    required property string messageVi
    required property string messageEn
    required property var raisedAt
    required property var acknowledgedAt
    required property string acknowledgedBy
    required property string ackComment
    required property var clearedAt
    required property var incidentId
    required property bool earlyWarning
    property string language: "vi"
    property bool canAcknowledge: false
    property bool canMakeIncident: false
    signal acknowledgeRequested()
    signal incidentRequested()

    function stamp(t) {
        return t ? Qt.formatDateTime(t, "HH:mm dd/MM/yyyy") : ""
    }

    implicitHeight: Math.max(content.implicitHeight, actions.implicitHeight) + Theme.px(20)
    radius: Theme.radius
    color: alertState === "active" ? Theme.surfaceRaised : Theme.surface
    border.color: alertState === "active" ? Theme.severityColor(severity) : Theme.border
    border.width: alertState === "active" ? Theme.px(2) : Theme.px(1)
    opacity: alertState === "cleared" ? 0.55 : 1

    Rectangle {
        id: bar
        width: Theme.px(6)
        radius: Theme.px(3)
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.px(6) }
        color: row.alertState === "cleared" ? Theme.noData : Theme.severityColor(row.severity)
    }

    ColumnLayout {
        id: content
        anchors { left: bar.right; right: actions.left; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: Theme.px(10)
        anchors.rightMargin: Theme.px(10)
        spacing: Theme.px(4)
        RowLayout {
            spacing: Theme.px(6)
            IncidentBadge {
                text: IncidentText.severityName(row.severity)
                tint: Theme.severityColor(row.severity)
            }
            IncidentBadge {
                text: AlertText.stateName(row.alertState)
                tint: row.alertState === "active" ? Theme.stale
                      : row.alertState === "acknowledged" ? Theme.late : Theme.noData
                filled: row.alertState === "active"
            }
            IncidentBadge {
                visible: row.earlyWarning
                text: qsTr("EARLY WARNING")
                tint: Theme.accent
                filled: true
            }
            IncidentBadge {
                text: AlertText.kindName(row.kind)
                tint: Theme.textMuted
            }
            Item { Layout.fillWidth: true }
            Text {
                text: qsTr("Raised %1").arg(row.stamp(row.raisedAt))
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.language === "en" ? row.labelEn : row.labelVi
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: row.language === "en" ? row.messageEn : row.messageVi
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: row.acknowledgedBy !== ""
            text: row.ackComment !== ""
                  ? qsTr("Acknowledged by %1 at %2: “%3”").arg(row.acknowledgedBy)
                        .arg(row.stamp(row.acknowledgedAt)).arg(row.ackComment)
                  : qsTr("Acknowledged by %1 at %2").arg(row.acknowledgedBy)
                        .arg(row.stamp(row.acknowledgedAt))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: row.alertState === "cleared"
            text: qsTr("Cleared at %1: the condition ended").arg(row.stamp(row.clearedAt))
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        id: actions
        anchors { right: parent.right; rightMargin: Theme.px(10); verticalCenter: parent.verticalCenter }
        width: Theme.px(190)
        spacing: Theme.px(6)
        ThemedButton {
            objectName: "acknowledgeButton"
            Layout.fillWidth: true
            visible: row.canAcknowledge && row.alertState === "active"
            primary: true
            text: qsTr("Acknowledge…")
            onClicked: row.acknowledgeRequested()
        }
        ThemedButton {
            objectName: "incidentButton"
            Layout.fillWidth: true
            visible: row.canMakeIncident && !(row.incidentId > 0)
            text: qsTr("Make incident")
            onClicked: row.incidentRequested()
        }
        Text {
            Layout.fillWidth: true
            visible: row.incidentId > 0
            text: qsTr("Incident #%1").arg(row.incidentId)
            horizontalAlignment: Text.AlignHCenter
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
}
