// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Console

// One report in the queue.
Rectangle {
    id: row

    required property CitizenReportController reports
    required property int reportId
    required property string text
    required property string category
    required property string status
    required property int urgency
    required property int group
    required property int groupSize
    required property date receivedAt
    required property string unitName
    required property string address
    required property int photoCount
    required property string thumbnail
    property string language: "vi"
    property bool selected: false
    signal clicked()

    implicitHeight: Math.max(content.implicitHeight, thumb.height) + Theme.px(16)
    radius: Theme.radius
    color: selected ? Theme.surfaceRaised : Theme.background
    border.color: selected ? Theme.accent : Theme.border

    Rectangle {
        id: urgencyBar
        width: Theme.px(6)
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
        radius: Theme.radius
        color: Theme.severityColor(row.urgency)
    }

    Image {
        id: thumb
        anchors { right: parent.right; top: parent.top; margins: Theme.px(8) }
        width: Theme.px(72)
        height: row.photoCount > 0 ? Theme.px(54) : 0
        visible: row.photoCount > 0
        fillMode: Image.PreserveAspectCrop
        source: row.thumbnail
        asynchronous: true
        Rectangle {
            anchors.fill: parent
            visible: thumb.status !== Image.Ready
            color: Theme.surfaceRaised
        }
    }

    ColumnLayout {
        id: content
        anchors { left: urgencyBar.right; right: thumb.left; top: parent.top; margins: Theme.px(8) }
        spacing: Theme.px(3)
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(6)
            Text {
                text: "#" + row.reportId
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.fillWidth: true
                text: row.reports.categoryLabel(row.category, row.language)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Rectangle {
                visible: row.groupSize > 1
                radius: height / 2
                color: Theme.late
                implicitHeight: dupText.implicitHeight + Theme.px(4)
                implicitWidth: dupText.implicitWidth + Theme.px(12)
                Text {
                    id: dupText
                    anchors.centerIn: parent
                    text: qsTr("%n similar", "", row.groupSize)
                    color: Theme.background
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                    font.weight: Font.DemiBold
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: (row.unitName || row.address) + " · " + CitizenReportText.statusLabel(row.status)
                  + " · " + Qt.formatDateTime(row.receivedAt, "HH:mm dd/MM")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onClicked: row.clicked()
    }
}
