// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// Records that the centre contacted a unit whose data is late (regulation 14.2): a note of what
// was said and to whom; the server adds who and when.
Dialog {
    id: dialog

    required property SourcesController sources
    property string sourceId
    property string sourceLabel

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Theme.px(520)
    title: qsTr("Urge %1").arg(sourceLabel)
    font.family: Theme.fontFamily
    palette.window: Theme.surface
    palette.windowText: Theme.text
    palette.base: Theme.surfaceRaised
    palette.text: Theme.text

    function openFor(id: string, label: string) {
        sourceId = id
        sourceLabel = label
        note.text = ""
        open()
        note.forceActiveFocus()
    }

    Connections {
        target: dialog.sources
        function onUrged(id: string) { if (id === dialog.sourceId) dialog.close() }
    }

    contentItem: Column {
        spacing: Theme.px(8)
        Text {
            width: parent.width
            text: qsTr("Who was contacted, how, and what they promised:")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        ThemedField {
            id: note
            objectName: "urgeNote"
            width: parent.width
            placeholderText: qsTr("e.g. phoned the duty officer, data promised by 17:00")
        }
        Text {
            width: parent.width
            visible: dialog.sources.urgeError !== ""
            text: qsTr("Not recorded: %1").arg(dialog.sources.urgeError)
            color: Theme.stale
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Row {
            anchors.right: parent.right
            spacing: Theme.px(8)
            ThemedButton { text: qsTr("Cancel"); onClicked: dialog.close() }
            ThemedButton {
                objectName: "urgeConfirm"
                primary: true
                text: qsTr("Record the urge")
                enabled: note.text.trim().length > 0 && !dialog.sources.urging
                onClicked: dialog.sources.urge(dialog.sourceId, note.text)
            }
        }
    }
}
