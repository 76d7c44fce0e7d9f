// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// A list of records on a wall tile (incidents, alerts, sources): rows of a fixed height, as
// many as fit, with the rest counted. Each row: a colour stripe, a headline and a detail line.
// `headline`, `detail`, `tone` and `rowVisible` are functions of the record.
Item {
    id: list

    required property WallMetrics metrics
    required property var model // WallRecordModel
    property var headline: record => ""
    property var detail: record => ""
    property var trailing: record => ""
    property var tone: record => Theme.border
    property string emptyText: ""

    readonly property int rowHeight: metrics.px(64)
    readonly property int capacity: Math.max(1, Math.floor((height + metrics.px(6)) / (rowHeight + metrics.px(6))))

    Column {
        width: parent.width
        spacing: list.metrics.px(6)
        Repeater {
            model: list.model
            Rectangle {
                id: row
                required property int index
                required property var record
                visible: index < list.capacity - (list.model.count > list.capacity ? 1 : 0)
                width: list.width
                height: list.rowHeight
                radius: list.metrics.px(4)
                color: Theme.surfaceRaised
                Rectangle {
                    width: list.metrics.stripe * 1.4
                    height: parent.height
                    radius: list.metrics.px(2)
                    color: list.tone(row.record)
                }
                Text {
                    id: trailingText
                    anchors { right: parent.right; rightMargin: list.metrics.px(10); top: parent.top; topMargin: list.metrics.px(6) }
                    text: list.trailing(row.record)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: list.metrics.fontSmall
                }
                Text {
                    anchors { left: parent.left; leftMargin: list.metrics.px(16); right: trailingText.left; rightMargin: list.metrics.px(8); top: parent.top; topMargin: list.metrics.px(4) }
                    text: list.headline(row.record)
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: list.metrics.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    anchors { left: parent.left; leftMargin: list.metrics.px(16); right: parent.right; rightMargin: list.metrics.px(10); bottom: parent.bottom; bottomMargin: list.metrics.px(6) }
                    text: list.detail(row.record)
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: list.metrics.fontSmall
                }
            }
        }
        Text {
            visible: list.model.count > list.capacity
            text: qsTr("and %n more", "", list.model.count - list.capacity + 1)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: list.metrics.fontSmall
        }
    }

    Text {
        anchors.centerIn: parent
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        visible: list.model.count === 0 && text !== ""
        text: list.emptyText
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: list.metrics.fontBody
    }
}
