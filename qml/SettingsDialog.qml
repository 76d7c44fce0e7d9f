// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// The console's per-user settings: language (applies at once), backend address and CA file
// (after a restart), wall layout file and the user name filled in on the login screen. Every field
// is checked as it is typed; Save stores nothing unless all are valid. Values the command line
// set for this run are marked, since it overrides the stored ones.
Dialog {
    id: dialog

    required property ConsoleSettings settings
    required property WorkstationController controller

    function reload() {
        backendField.text = settings.backend
        caField.text = settings.caFile
        layoutField.text = settings.wallLayoutFile
        userField.text = settings.username
        status = ""
    }
    property string status: "" // "saved" | "failed" after Save
    // The messages come from C++; passing the language makes their bindings re-run on a language
    // switch, so they follow the UI language like the qsTr() texts.
    function inLanguage(message: string, language: string): string { return message }

    readonly property bool valid: backendField.error === "" && caField.error === ""
                                  && layoutField.error === ""

    objectName: "settingsDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(820), parent ? parent.width - Theme.px(80) : Theme.px(820))
    height: Math.min(Theme.px(860), parent ? parent.height - Theme.px(40) : Theme.px(860))
    padding: Theme.px(20)
    font.family: Theme.fontFamily
    title: qsTr("Settings")
    onAboutToShow: reload()

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        radius: Theme.radius
    }

    header: Text {
        padding: Theme.px(20)
        bottomPadding: 0
        text: dialog.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
    }

    footer: RowLayout {
        spacing: Theme.px(12)
        Text {
            objectName: "saveStatus"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.px(20)
            text: !dialog.valid ? qsTr("Correct the fields marked in red to save.")
                  : dialog.status === "saved" ? qsTr("Saved.")
                  : dialog.status === "failed" ? qsTr("The settings file could not be written.")
                  : ""
            color: dialog.valid && dialog.status === "saved" ? Theme.fresh : Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        ThemedButton {
            objectName: "closeSettings"
            Layout.bottomMargin: Theme.px(16)
            text: qsTr("Close")
            onClicked: dialog.close()
        }
        ThemedButton {
            objectName: "saveSettings"
            Layout.rightMargin: Theme.px(20)
            Layout.bottomMargin: Theme.px(16)
            primary: true
            enabled: dialog.valid
            opacity: enabled ? 1 : 0.45
            text: qsTr("Save")
            onClicked: dialog.status = dialog.settings.save(backendField.text, layoutField.text,
                                                            caField.text, userField.text)
                                       ? "saved" : "failed"
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.px(6)

            FieldLabel { text: qsTr("Language") }
            LanguageSwitch {
                objectName: "settingsLanguage"
                language: dialog.controller.language
                onLanguageRequested: code => dialog.controller.setLanguage(code)
            }
            Hint { text: qsTr("Applies at once and is remembered.") }
            Overridden { field: "language" }

            FieldLabel { text: qsTr("Backend address (iocd)") }
            SettingField {
                id: backendField
                objectName: "backendField"
                placeholderText: qsTr("empty: built-in demo server")
                error: dialog.inLanguage(dialog.settings.backendError(backendField.text),
                                        dialog.controller.language)
            }
            Hint { text: qsTr("For example https://ioc.haiphong.gov.vn:8443. Takes effect after restarting the console.") }
            Overridden { field: "backend" }

            FieldLabel { text: qsTr("CA certificate file (PEM)") }
            SettingField {
                id: caField
                objectName: "caField"
                placeholderText: qsTr("empty: the system's certificate authorities only")
                error: dialog.inLanguage(dialog.settings.fileError(caField.text),
                                        dialog.controller.language)
            }
            Hint { text: qsTr("Trusted in addition to the system's authorities for an https address. Takes effect after restarting the console.") }
            Overridden { field: "caFile" }

            FieldLabel { text: qsTr("Video wall layout file") }
            SettingField {
                id: layoutField
                objectName: "layoutField"
                placeholderText: qsTr("empty: the default layout")
                error: dialog.inLanguage(dialog.settings.fileError(layoutField.text),
                                        dialog.controller.language)
            }
            Hint { text: qsTr("Takes effect after restarting the console.") }
            Overridden { field: "wallLayoutFile" }

            FieldLabel { text: qsTr("User name on the login screen") }
            SettingField {
                id: userField
                objectName: "userField"
                placeholderText: qsTr("empty: none")
                error: ""
            }
            Hint { text: qsTr("Filled in when the console starts; the password is never stored.") }
            Overridden { field: "username" }

            Text {
                objectName: "restartNotice"
                Layout.fillWidth: true
                Layout.topMargin: Theme.px(10)
                visible: dialog.settings.restartNeeded
                text: qsTr("Saved changes to the backend, CA file or wall layout take effect after restarting the console.")
                color: Theme.late
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Hint {
                Layout.topMargin: Theme.px(10)
                text: qsTr("Stored in %1. Command-line options override these settings for one run (command line > settings > defaults).")
                    .arg(dialog.settings.location)
            }
        }
    }

    // A text field with its validation message under it.
    component SettingField: ColumnLayout {
        id: settingField
        property alias text: input.text
        property alias placeholderText: input.placeholderText
        property string error
        Layout.fillWidth: true
        spacing: Theme.px(4)
        ThemedField {
            id: input
            Layout.fillWidth: true
            invalid: settingField.error !== ""
            onTextEdited: dialog.status = ""
            Accessible.name: settingField.error
        }
        Text {
            Layout.fillWidth: true
            visible: settingField.error !== ""
            text: settingField.error
            color: Theme.stale
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    component FieldLabel: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.px(10)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }

    component Hint: Text {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    // "Set on the command line for this run", under a field the command line overrides.
    component Overridden: Text {
        required property string field
        Layout.fillWidth: true
        visible: dialog.settings.commandLineOverrides.indexOf(field) >= 0
        text: qsTr("Set on the command line for this run; the stored value applies when it is not given.")
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
