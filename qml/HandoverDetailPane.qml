// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// One signed handover: who handed over what, its items with their take-over state and queries.
// The incoming officer ticks items (or takes all over after confirming) and may query one back;
// the signer answers queries; supervisors annotate; anyone exports the record to PDF.
Item {
    id: pane

    required property HandoverController handovers
    required property SessionController session
    property string language: "vi"
    readonly property var detail: handovers.detail
    readonly property bool shown: detail.id !== undefined
    readonly property bool pending: shown && detail.status === "signed"
    readonly property bool incoming: pending && session.username !== detail.signed_by
                                     && session.role === "officer"
    readonly property bool signer: shown && session.username === detail.signed_by

    Text {
        anchors.centerIn: parent
        visible: !pane.shown
        text: qsTr("Select a handover.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        anchors.fill: parent
        visible: pane.shown
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Handover no. %1 · %2 (%3)").arg(pane.detail.id || "")
                  .arg(HandoverText.shiftName(pane.detail.shift, pane.language)).arg(HandoverText.shiftSpan(pane.detail.shift))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Signed by %1 at %2 · %3").arg(pane.detail.signed_by || "")
                  .arg(HandoverText.hpTime(pane.detail.signed_at, true))
                  .arg(pane.pending ? HandoverText.status("signed")
                                    : qsTr("taken over by %1").arg(pane.detail.acknowledged_by || ""))
            color: pane.pending ? Theme.late : Theme.fresh
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: pane.shown && pane.detail.escalated_at !== null && pane.detail.escalated_at !== undefined
            text: qsTr("Escalated to the supervisor: not taken over in time.")
            color: Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            visible: (pane.detail.notes || "").length > 0
            text: qsTr("Notes: %1").arg(pane.detail.notes || "")
            color: Theme.text
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
            model: pane.handovers.detailItems
            delegate: HandoverItemRow {
                width: items.width
                checkable: pane.incoming
                queryable: pane.incoming
                onCheckToggled: (row, on) => pane.handovers.detailItems.setChecked(row, on)
                onQueryRequested: (key, title) => queryDialog.ask(key, title)
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Repeater {
            model: pane.detail.annotations || []
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("Supervisor %1: %2").arg(modelData.by).arg(modelData.text)
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ThemedButton {
                visible: pane.incoming
                primary: true
                text: qsTr("Take over ticked items (%1/%2)").arg(pane.handovers.detailItems.checkedCount)
                      .arg(pane.handovers.detailItems.openCount)
                enabled: pane.handovers.detailItems.checkedCount === pane.handovers.detailItems.openCount
                onClicked: pane.handovers.acknowledgeChecked()
            }
            ThemedButton {
                visible: pane.incoming
                text: qsTr("Take over all…")
                onClicked: confirmAll.open()
            }
            ThemedButton {
                visible: pane.signer && pane.pending && (pane.detail.queries || []).some(q => !q.answered_at)
                text: qsTr("Answer the query")
                onClicked: answerDialog.open()
            }
            ThemedField {
                id: annotation
                visible: pane.session.role === "supervisor"
                width: Theme.px(360)
                placeholderText: qsTr("Supervisor's annotation")
            }
            ThemedButton {
                visible: pane.session.role === "supervisor"
                text: qsTr("Annotate")
                enabled: annotation.text.trim().length > 0
                onClicked: { pane.handovers.annotate(annotation.text); annotation.clear() }
            }
            ThemedButton {
                objectName: "exportPdfButton"
                text: qsTr("Export PDF")
                onClicked: {
                    const path = pane.handovers.suggestedPdfPath()
                    const error = pane.handovers.exportPdf(path)
                    exported.text = error.length > 0 ? error : qsTr("Saved %1").arg(path)
                }
            }
        }
        Text {
            id: exported
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
        }
    }

    Dialog {
        id: confirmAll
        width: Math.min(pane.width, Theme.px(520))
        anchors.centerIn: parent
        modal: true
        title: qsTr("Take over every open item?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            text: qsTr("You confirm that you have read all %1 open items and take them over.")
                  .arg(pane.handovers.detailItems.openCount)
            wrapMode: Text.Wrap
        }
        onAccepted: pane.handovers.acknowledgeAll()
    }

    Dialog {
        id: queryDialog
        width: Math.min(pane.width, Theme.px(520))
        property string key
        property string itemTitle
        function ask(k, t) { key = k; itemTitle = t; queryText.clear(); open() }
        anchors.centerIn: parent
        modal: true
        title: qsTr("Query back: %1").arg(itemTitle)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ThemedField { id: queryText; width: parent.width; placeholderText: qsTr("What is unclear?") }
        onAccepted: pane.handovers.queryItem(key, queryText.text)
    }

    Dialog {
        id: answerDialog
        width: Math.min(pane.width, Theme.px(520))
        anchors.centerIn: parent
        modal: true
        title: qsTr("Answer the query")
        standardButtons: Dialog.Ok | Dialog.Cancel
        ThemedField { id: answerText; width: parent.width; placeholderText: qsTr("Your answer") }
        onAccepted: {
            const open = (pane.detail.queries || []).filter(q => !q.answered_at)
            if (open.length > 0)
                pane.handovers.answerQuery(open[0].id, answerText.text)
            answerText.clear()
        }
    }
}
