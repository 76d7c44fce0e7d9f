// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Proposes the resolution of the selected incident: what was done, and for every checklist step
// not ticked, why it was skipped. A supervisor other than the proposer then approves or rejects.
Popup {
    id: dialog

    required property IncidentController incidents
    property string language: "vi"
    property var reasons: ({})
    readonly property var openSteps: (incidents.detail.checklist ?? []).filter(s => s.state !== "done")
    readonly property bool complete: summary.text.trim() !== ""
        && openSteps.every(s => (reasons[s.id] ?? "").trim() !== "")

    function openFresh() {
        summary.clear()
        reasons = ({})
        open()
        summary.forceActiveFocus()
    }

    function submit() {
        if (!complete)
            return
        const given = {}
        for (const s of openSteps)
            given[s.id] = reasons[s.id]
        dialog.incidents.proposeResolution(summary.text, given)
        dialog.close()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(680), parent ? parent.width - Theme.px(40) : Theme.px(680))
    padding: Theme.px(20)
    closePolicy: Popup.CloseOnEscape
    // The dark theme's colours for the standard controls inside (combo boxes, the map's label).
    palette.windowText: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.window: Theme.surfaceRaised
    palette.text: Theme.text
    palette.base: Theme.background
    palette.light: Theme.surfaceRaised
    palette.midlight: Theme.surfaceRaised
    palette.mid: Theme.textMuted
    palette.dark: Theme.border
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.background

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.accent
        border.width: Theme.px(2)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Text {
            text: qsTr("Propose resolution")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        ThemedField {
            id: summary
            objectName: "proposeSummary"
            Layout.fillWidth: true
            placeholderText: qsTr("How was it resolved?")
        }
        Text {
            Layout.fillWidth: true
            text: dialog.openSteps.length === 0
                  ? qsTr("Every checklist step is done.")
                  : qsTr("These checklist steps are not done. Give the reason each was skipped:")
            wrapMode: Text.Wrap
            color: dialog.openSteps.length === 0 ? Theme.fresh : Theme.late
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: dialog.openSteps
            delegate: ColumnLayout {
                id: stepRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.px(2)
                Text {
                    Layout.fillWidth: true
                    text: stepRow.modelData.label[dialog.language] ?? stepRow.modelData.id
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                }
                ThemedField {
                    objectName: "skipReason_" + stepRow.modelData.id
                    Layout.fillWidth: true
                    invalid: text.trim() === ""
                    placeholderText: qsTr("Why was this step skipped?")
                    onTextEdited: {
                        const r = Object.assign({}, dialog.reasons)
                        r[stepRow.modelData.id] = text
                        dialog.reasons = r
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ThemedButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ThemedButton {
                objectName: "proposeSubmit"
                primary: true
                text: qsTr("Propose")
                enabled: dialog.complete && !dialog.incidents.busy
                onClicked: dialog.submit()
            }
        }
    }
}
