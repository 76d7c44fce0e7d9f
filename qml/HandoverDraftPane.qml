// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The outgoing officer's side: this shift's handover as drafted from what really happened
// (drafted by itself in the last minutes of the shift, or on demand), notes and free items, sign.
Item {
    id: pane

    required property HandoverController handovers
    property string language: "vi"
    property bool canSign: true
    readonly property var draft: handovers.draft
    readonly property bool drafted: draft.shift !== undefined
    readonly property bool alreadySigned: drafted && draft.signed_id !== null && draft.signed_id !== undefined
    property var freeItems: []

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: pane.drafted
                      ? qsTr("Handover of %1 (%2) to %3").arg(HandoverText.shiftName(pane.draft.shift, pane.language))
                            .arg(HandoverText.shiftSpan(pane.draft.shift)).arg(HandoverText.shiftName(pane.draft.next_shift, pane.language))
                      : qsTr("The handover is drafted by itself in the last 30 minutes of the shift.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            ThemedButton {
                objectName: "draftNowButton"
                text: pane.drafted ? qsTr("Draft again") : qsTr("Draft now")
                onClicked: pane.handovers.loadDraft()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: pane.drafted
            text: pane.alreadySigned
                  ? qsTr("This shift's handover is signed (no. %1); see Take over or History.").arg(pane.draft.signed_id)
                  : qsTr("%n item(s), %1 to take over · drafted at %2", "", pane.handovers.draftItems.count)
                        .arg(pane.handovers.draftItems.openCount)
                        .arg(HandoverText.hpTime(pane.draft.generated_at))
            color: pane.alreadySigned ? Theme.fresh : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        ListView {
            id: items
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: pane.handovers.draftItems
            delegate: HandoverItemRow { width: items.width }
            ScrollBar.vertical: ScrollBar {}
        }
        RowLayout {
            Layout.fillWidth: true
            visible: pane.drafted && !pane.alreadySigned && pane.canSign
            spacing: Theme.spacing
            ThemedField {
                id: freeTitle
                Layout.fillWidth: true
                placeholderText: qsTr("Add an item for the next shift (e.g. call back the ward at 7:00)")
                onAccepted: addButton.clicked()
            }
            ThemedButton {
                id: addButton
                text: qsTr("Add item")
                enabled: freeTitle.text.trim().length > 0
                onClicked: {
                    pane.freeItems = pane.freeItems.concat([{ title: freeTitle.text, detail: "", open: true }])
                    freeTitle.clear()
                }
            }
        }
        Repeater {
            model: pane.freeItems
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: "• " + modelData.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: pane.drafted && !pane.alreadySigned && pane.canSign
            spacing: Theme.spacing
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(80)
                TextArea {
                    id: notes
                    placeholderText: qsTr("Notes for the next shift")
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    placeholderTextColor: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    background: Rectangle { color: Theme.background; border.color: Theme.border; radius: Theme.radius }
                }
            }
            ThemedButton {
                objectName: "signButton"
                primary: true
                text: qsTr("Sign handover")
                enabled: !pane.handovers.busy
                onClicked: pane.handovers.sign(notes.text, pane.freeItems, [])
            }
        }
    }

    Connections {
        target: pane.handovers
        function onSignedHandover() { pane.freeItems = []; notes.clear() }
    }
}
