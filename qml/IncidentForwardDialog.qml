// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Forwards the selected incident to a department or commune focal point with a response
// deadline. The recipient is typed freely (a department) or picked from the commune-level units
// found without diacritics. Enter sends, Esc cancels.
Popup {
    id: dialog

    required property IncidentController incidents
    readonly property var hourChoices: [1, 2, 4, 8, 24, 48, 72]

    function openFresh() {
        unit.clear()
        focal.clear()
        message.clear()
        hours.currentIndex = 2
        dialog.incidents.units.filter = ""
        open()
        unit.forceActiveFocus()
    }

    function submit() {
        if (!form.valid)
            return
        const deadline = new Date(Date.now() + dialog.hourChoices[hours.currentIndex] * 3600 * 1000)
        dialog.incidents.forward(unit.text, focal.text, message.text, deadline)
        dialog.close()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(620), parent ? parent.width - Theme.px(40) : Theme.px(620))
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
        id: form
        readonly property bool valid: unit.text.trim() !== ""
        spacing: Theme.spacing

        Text {
            text: qsTr("Forward to a focal point")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        ThemedField {
            id: unit
            objectName: "forwardUnit"
            Layout.fillWidth: true
            placeholderText: qsTr("Department or commune (e.g. \"So Xay dung\", \"le chan\")")
            onTextEdited: dialog.incidents.units.filter = text
            onAccepted: dialog.submit()
        }
        ListView {
            objectName: "forwardUnitList"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.px(96)
            visible: unit.text.trim() !== "" && count > 0
            clip: true
            model: dialog.incidents.units
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string fullName
                width: ListView.view.width
                height: Theme.px(28)
                background: Rectangle {
                    color: row.hovered || row.visualFocus ? Theme.surfaceRaised : "transparent"
                    radius: Theme.px(4)
                }
                contentItem: Text {
                    text: qsTr("People's Committee of %1").arg(row.fullName)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: {
                    unit.text = qsTr("People's Committee of %1").arg(row.fullName)
                    focal.forceActiveFocus()
                }
            }
        }
        ThemedField {
            id: focal
            objectName: "forwardFocal"
            Layout.fillWidth: true
            placeholderText: qsTr("Focal point (name or post, phone)")
            onAccepted: dialog.submit()
        }
        ThemedField {
            id: message
            objectName: "forwardMessage"
            Layout.fillWidth: true
            placeholderText: qsTr("What is asked of them")
            onAccepted: dialog.submit()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: qsTr("Answer within")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            ComboBox {
                id: hours
                objectName: "forwardHours"
                Layout.preferredWidth: Theme.px(160)
                model: dialog.hourChoices.map(h => qsTr("%n hour(s)", "", h))
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ThemedButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ThemedButton {
                objectName: "forwardSubmit"
                primary: true
                text: qsTr("Forward")
                enabled: form.valid && !dialog.incidents.busy
                onClicked: dialog.submit()
            }
        }
    }
}
