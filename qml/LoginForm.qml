// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Console

// Username, password, sign-in and what went wrong, worded for the operator. Enter submits;
// focus starts on the first empty field. `fixedUsername` signs the same user back in.
ColumnLayout {
    id: form

    required property SessionController session
    property string fixedUsername: ""

    readonly property string errorText: {
        switch (session.error) {
        case SessionController.MissingInput:
            return qsTr("Enter your username and password.")
        case SessionController.WrongCredentials:
            return qsTr("Wrong username or password.")
        case SessionController.Locked:
            return session.retryMinutes > 0
                ? qsTr("Too many failed attempts: sign-in is locked for %n minute(s).", "",
                       session.retryMinutes)
                : qsTr("Too many failed attempts: sign-in is locked for a while. Try again later.")
        case SessionController.Unreachable:
            return qsTr("Cannot reach the server %1. Check the network connection and try again.")
                .arg(session.serverName)
        case SessionController.Certificate:
            return qsTr("The server's certificate was refused: %1. No connection was made; tell the system administrator.").arg(certificateText)
        case SessionController.NotAllowed:
            return qsTr("This account may not sign in here (disabled or not permitted).")
        case SessionController.Server:
            return qsTr("The server could not sign you in. Details: %1").arg(session.errorDetail)
        default:
            return ""
        }
    }
    readonly property string certificateText: {
        switch (session.certificateProblem) {
        case SessionController.Untrusted: return qsTr("it is not issued by a trusted authority")
        case SessionController.WrongHost: return qsTr("it was issued for another server name")
        case SessionController.Expired: return qsTr("it has expired")
        case SessionController.NotYetValid: return qsTr("it is not valid yet")
        case SessionController.Revoked: return qsTr("it has been revoked")
        default: return qsTr("it is not valid")
        }
    }

    function submit() {
        form.session.login(userField.text, passwordField.text)
    }

    function focusFirstEmpty() {
        if (userField.text.length === 0 && userField.enabled)
            userField.forceActiveFocus()
        else
            passwordField.forceActiveFocus()
    }

    spacing: Theme.px(10)
    Component.onCompleted: focusFirstEmpty()

    Connections {
        target: form.session
        function onErrorChanged() {
            if (form.session.error === SessionController.WrongCredentials) {
                passwordField.clear()
                passwordField.forceActiveFocus()
            }
        }
        function onLoginSucceeded() { passwordField.clear() }
    }

    Label {
        text: qsTr("Username")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    ThemedField {
        id: userField
        objectName: "usernameField"
        Layout.fillWidth: true
        text: form.fixedUsername !== "" ? form.fixedUsername : form.session.suggestedUsername
        enabled: form.fixedUsername === "" && !form.session.busy
        placeholderText: qsTr("e.g. officer")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        invalid: form.session.error === SessionController.WrongCredentials
        Accessible.name: qsTr("Username")
        onAccepted: passwordField.text.length > 0 ? form.submit() : passwordField.forceActiveFocus()
        KeyNavigation.tab: passwordField
    }

    Label {
        text: qsTr("Password")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    ThemedField {
        id: passwordField
        objectName: "passwordField"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        enabled: !form.session.busy
        invalid: form.session.error === SessionController.WrongCredentials
        Accessible.name: qsTr("Password")
        onAccepted: form.submit()
        KeyNavigation.tab: submitButton
    }

    Text {
        objectName: "loginError"
        Layout.fillWidth: true
        Layout.topMargin: Theme.px(4)
        visible: text !== ""
        text: form.errorText
        color: form.session.error === SessionController.Locked ? Theme.late : Theme.stale
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.px(8)
        spacing: Theme.px(12)
        BusyIndicator {
            Layout.preferredWidth: Theme.px(32)
            Layout.preferredHeight: Theme.px(32)
            running: form.session.busy
            visible: running
        }
        Text {
            Layout.fillWidth: true
            text: form.session.busy ? qsTr("Signing in…") : ""
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        ThemedButton {
            id: submitButton
            objectName: "loginButton"
            primary: true
            text: qsTr("Sign in")
            enabled: !form.session.busy
            onClicked: form.submit()
            Keys.onReturnPressed: form.submit()
            Keys.onEnterPressed: form.submit()
        }
    }
}
