// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// The data-source board ("đúng, đủ, sạch, sống", regulation 12.1 and 14.2): every department,
// commune and sensor source, overdue ones first, with the urge action and, for the selected
// source, the history of urges.
Item {
    id: view

    required property SourcesController sources
    property bool canUrge: true

    Text {
        id: heading
        text: qsTr("Data sources · %n overdue", "", view.sources.model.overdueCount)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
    }
    Text {
        anchors { left: heading.right; leftMargin: Theme.px(14); baseline: heading.baseline; right: history.left }
        text: view.sources.error !== "" ? qsTr("Could not refresh: %1").arg(view.sources.error)
                                        : qsTr("Correct, complete, clean and live: expected interval, last update, lateness, gaps and rejected points")
        color: view.sources.error !== "" ? Theme.stale : Theme.textMuted
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    // Column titles, at the same positions as SourceRow's cells.
    SourceRow {
        id: header
        anchors { left: parent.left; right: history.left; rightMargin: Theme.px(10); top: heading.bottom; topMargin: Theme.px(10) }
        height: Theme.px(26)
        color: "transparent"
        visible: false
        sourceId: ""; label: ""; kind: ""; expectedIntervalS: 0; lastReceivedAt: new Date(NaN)
        status: ""; latenessS: 0; overdue: false; gaps: 0; accepted: 0; rejected: 0
        rejectedReasons: ""; connectorState: ""; connectorError: ""; urgeCount: 0; lastUrgeAt: new Date(NaN)
    }
    Repeater {
        model: [qsTr("Source"), qsTr("Interval"), qsTr("Last update"), qsTr("Lateness"), qsTr("Gaps"),
                qsTr("Points"), qsTr("Connector"), qsTr("Urges")]
        delegate: Text {
            required property int index
            required property string modelData
            x: header.x + header.x0(index)
            y: header.y
            width: header.w(index)
            text: modelData
            elide: Text.ElideRight
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
        }
    }

    ListView {
        id: list
        objectName: "sourceList"
        anchors { left: parent.left; right: history.left; rightMargin: Theme.px(10); top: header.bottom; bottom: parent.bottom }
        clip: true
        spacing: Theme.px(4)
        model: view.sources.model
        ScrollBar.vertical: ScrollBar {}
        delegate: SourceRow {
            width: list.width
            selected: view.sources.selectedId === sourceId
            canUrge: view.canUrge
            onClicked: view.sources.selectedId = sourceId
            onUrgeRequested: {
                view.sources.selectedId = sourceId
                urgeDialog.openFor(sourceId, label)
            }
        }
        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            text: view.sources.loaded ? qsTr("No sources configured") : qsTr("Loading…")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    // Urge history of the selected source, newest first.
    Rectangle {
        id: history
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: Theme.px(360)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        Text {
            id: historyTitle
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(12) }
            text: view.sources.selectedId === "" ? qsTr("Urge history")
                                                 : qsTr("Urge history · %1").arg(view.sources.selectedId)
            color: Theme.text
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        ListView {
            id: urges
            anchors { left: parent.left; right: parent.right; top: historyTitle.bottom; bottom: parent.bottom; margins: Theme.px(12) }
            clip: true
            spacing: Theme.px(8)
            model: view.sources.urges
            delegate: Column {
                id: urge
                required property var modelData
                width: urges.width
                Text {
                    width: parent.width
                    text: qsTr("%1 by %2").arg(Qt.formatDateTime(new Date(urge.modelData.at), "dd/MM/yyyy HH:mm"))
                                          .arg(urge.modelData.by)
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    width: parent.width
                    text: urge.modelData.note
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                width: parent.width
                visible: urges.count === 0
                wrapMode: Text.Wrap
                text: view.sources.selectedId === "" ? qsTr("Select a source to see when it was urged.")
                      : !view.sources.urgesAvailable ? qsTr("This server does not record urges yet.")
                      : qsTr("Never urged.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    UrgeDialog { id: urgeDialog; sources: view.sources }
}
