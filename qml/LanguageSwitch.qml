// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// VI | EN toggle; the controller does the switching.
Row {
    id: languageSwitch

    required property string language
    signal languageRequested(string code)

    spacing: Theme.px(2)

    Repeater {
        model: [
            { code: "vi", short: "VI", name: qsTr("Vietnamese") },
            { code: "en", short: "EN", name: qsTr("English") }
        ]
        delegate: Rectangle {
            id: option
            required property var modelData
            readonly property bool selected: languageSwitch.language === modelData.code
            width: Theme.px(44)
            height: Theme.px(32)
            radius: Theme.radius
            color: selected ? Theme.accent : Theme.surfaceRaised
            border.color: Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: modelData.name
            Text {
                anchors.centerIn: parent
                text: option.modelData.short
                color: option.selected ? Theme.background : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
            TapHandler {
                onTapped: languageSwitch.languageRequested(option.modelData.code)
            }
        }
    }
}
