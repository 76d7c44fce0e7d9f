// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import Ioc.Console
import Ioc.Map

// Logs a new incident: title, description, category, severity, where (a click on the small map
// sets the point and fills in the commune-level unit containing it; or the unit is found in the
// list by typing without diacritics) and whether it is a drill. Enter in the title sends, Esc
// cancels.
Popup {
    id: dialog

    required property IncidentController incidents
    property string language: "vi"
    property string unitCode: ""
    // The point picked on the map; invalid when none.
    property var point: QtPositioning.coordinate()

    function openFresh() {
        title.clear()
        description.clear()
        unitSearch.clear()
        dialog.incidents.units.filter = ""
        dialog.unitCode = ""
        dialog.point = QtPositioning.coordinate()
        picker.coordinate = QtPositioning.coordinate()
        drill.checked = false
        category.currentIndex = -1
        severity.currentIndex = -1
        dialog.incidents.newDraft()
        dialog.incidents.clearError()
        open()
        title.forceActiveFocus()
    }

    function submit() {
        if (!form.valid)
            return
        const cat = dialog.incidents.categories[category.currentIndex]
        const p = dialog.point
        dialog.incidents.create(title.text, description.text, cat.id,
                                severity.currentIndex >= 0 ? severity.currentIndex + 1 : 0,
                                dialog.unitCode, drill.checked,
                                p.isValid ? p.latitude : NaN, p.isValid ? p.longitude : NaN)
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(980), parent ? parent.width - Theme.px(40) : Theme.px(980))
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

    Connections {
        target: dialog.incidents
        function onCreated() { dialog.close() }
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: drill.checked ? Theme.drill : Theme.accent
        border.width: Theme.px(2)
    }

    contentItem: ColumnLayout {
        id: form
        readonly property bool valid: title.text.trim() !== "" && category.currentIndex >= 0
        spacing: Theme.spacing

        RowLayout {
            Text {
                text: qsTr("New incident")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            IncidentBadge {
                visible: drill.checked
                text: qsTr("DRILL")
                tint: Theme.drill
                filled: true
            }
        }
        ThemedField {
            id: title
            objectName: "createTitle"
            Layout.fillWidth: true
            placeholderText: qsTr("Title: what happened, where")
            onAccepted: dialog.submit()
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.px(80)
            TextArea {
                id: description
                objectName: "createDescription"
                placeholderText: qsTr("Description")
                wrapMode: TextEdit.Wrap
                color: Theme.text
                placeholderTextColor: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                background: Rectangle {
                    color: Theme.background
                    radius: Theme.radius
                    border.color: description.activeFocus ? Theme.accent : Theme.border
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: category
                objectName: "createCategory"
                Layout.fillWidth: true
                model: dialog.incidents.categories.map(c => c.label[dialog.language] ?? c.id)
                displayText: currentIndex < 0 ? qsTr("Category…") : currentText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                onActivated: index => {
                    const c = dialog.incidents.categories[index]
                    if (severity.currentIndex < 0 && c)
                        severity.currentIndex = c.default_severity - 1
                }
            }
            ComboBox {
                id: severity
                objectName: "createSeverity"
                Layout.preferredWidth: Theme.px(200)
                model: [1, 2, 3, 4].map(l => IncidentText.severityName(l))
                displayText: currentIndex < 0 ? qsTr("Severity…") : currentText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.preferredWidth: Theme.px(340)
                Layout.fillHeight: true
                spacing: Theme.spacing
                ThemedField {
                    id: unitSearch
                    objectName: "createUnitSearch"
                    Layout.fillWidth: true
                    placeholderText: dialog.unitCode === ""
                                     ? qsTr("Commune or ward (type without diacritics, e.g. \"do son\")")
                                     : dialog.incidents.units.fullName(dialog.unitCode)
                    onTextEdited: dialog.incidents.units.filter = text
                }
                ListView {
                    id: unitList
                    objectName: "createUnitList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.px(140)
                    clip: true
                    model: dialog.incidents.units
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: unitRow
                        required property string code
                        required property string fullName
                        width: ListView.view.width
                        height: Theme.px(30)
                        highlighted: code === dialog.unitCode
                        background: Rectangle {
                            color: unitRow.highlighted || unitRow.hovered ? Theme.surfaceRaised : "transparent"
                            radius: Theme.px(4)
                        }
                        contentItem: Text {
                            text: unitRow.fullName
                            color: unitRow.highlighted ? Theme.accent : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: unitRow.highlighted ? Font.Bold : Font.Normal
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: {
                            dialog.unitCode = code
                            picker.map.fitToUnit(code)
                        }
                    }
                }
            }
            LocationPicker {
                id: picker
                objectName: "createLocation"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(260)
                onPicked: (coordinate, code, name) => {
                    dialog.point = coordinate
                    if (code !== "")
                        dialog.unitCode = code
                }
            }
        }
        CheckBox {
            id: drill
            objectName: "createDrill"
            text: qsTr("This is a drill (exercise)")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            contentItem: Text {
                leftPadding: drill.indicator.width + drill.spacing
                text: drill.text
                font: drill.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
            }
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.incidents.errorMessage !== "" && dialog.opened
            text: qsTr("Refused: %1").arg(dialog.incidents.errorMessage)
            wrapMode: Text.Wrap
            color: Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ThemedButton {
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            ThemedButton {
                objectName: "createSubmit"
                primary: true
                text: qsTr("Log incident")
                enabled: form.valid && !dialog.incidents.busy
                onClicked: dialog.submit()
            }
        }
    }
}
