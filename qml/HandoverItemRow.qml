// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One item of a handover: what kind, what it is about, its status, owner and deadline, where it
// was carried from, any query on it; with a tick box when the incoming officer takes it over.
Rectangle {
    id: row

    required property int index
    required property string key
    required property string kind
    required property string title
    required property string detail
    required property string status
    required property string owner
    required property var deadline
    required property int severity
    required property string activity
    required property bool open
    required property var carriedFrom
    required property string acknowledgedBy
    required property bool checked
    required property string query
    required property bool queryOpen
    property bool checkable: false
    property bool queryable: false

    signal checkToggled(int row, bool checked)
    signal queryRequested(string key, string title)

    implicitHeight: content.implicitHeight + Theme.px(16)
    color: row.open ? Theme.surfaceRaised : Theme.surface
    radius: Theme.radius
    border.color: row.queryOpen ? Theme.late : Theme.border

    RowLayout {
        id: content
        anchors { fill: parent; margins: Theme.px(8) }
        spacing: Theme.px(10)
        CheckBox {
            visible: row.checkable && row.open
            checked: row.checked
            enabled: !row.queryOpen
            onToggled: row.checkToggled(row.index, checked)
            Accessible.name: qsTr("Take over: %1").arg(row.title)
        }
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.px(6)
            Layout.preferredHeight: Theme.px(36)
            radius: Theme.px(3)
            color: row.severity > 0 ? Theme.severityColors[row.severity] : Theme.accent
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(2)
            Text {
                Layout.fillWidth: true
                text: HandoverText.kind(row.kind) + (row.carriedFrom ? " · " + qsTr("carried from handover %1").arg(row.carriedFrom) : "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: row.open ? Font.DemiBold : Font.Normal
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: [HandoverText.status(row.status), HandoverText.activity(row.activity),
                       row.owner ? qsTr("owner %1").arg(row.owner) : "",
                       row.deadline ? qsTr("deadline %1").arg(HandoverText.hpTime(row.deadline)) : "",
                       row.acknowledgedBy ? qsTr("taken over by %1").arg(row.acknowledgedBy) : ""]
                      .filter(s => s.length > 0).join(" · ")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: row.query.length > 0
                text: (row.queryOpen ? qsTr("Queried back, waiting for an answer: ") : qsTr("Query: ")) + row.query
                color: Theme.late
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        ThemedButton {
            visible: row.queryable && row.open
            Layout.alignment: Qt.AlignTop
            text: qsTr("Query back")
            onClicked: row.queryRequested(row.key, row.title)
        }
    }
}
