// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// Covers a wall screen until the wall's account is signed in; says why when it cannot be (the
// wall has no keyboard: the credential comes from its configuration and is retried by itself).
Rectangle {
    id: cover

    required property SessionController session
    required property WallMetrics metrics

    visible: !session.loggedIn
    color: Theme.background

    readonly property string reason: {
        switch (session.error) {
        case SessionController.None:
        case SessionController.MissingInput:
            return session.busy ? qsTr("Signing in…") : qsTr("No wall credential configured: "
                   + "start with --user NAME and IOC_PASSWORD (a user with the role 'wall').")
        case SessionController.WrongCredentials:
            return qsTr("The server refused the wall's credential. Check --user and IOC_PASSWORD.")
        case SessionController.Locked:
            return qsTr("The wall's account is locked for %n minute(s).", "", session.retryMinutes)
        case SessionController.Unreachable:
            return qsTr("The IOC server cannot be reached; trying again by itself.")
        case SessionController.Certificate:
            return qsTr("The server's certificate was refused.")
        case SessionController.NotAllowed:
            return qsTr("This account may not sign in.")
        default:
            return qsTr("Sign-in failed: %1").arg(session.errorDetail)
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: cover.metrics.gap * 2
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Hai Phong Intelligent Operations Center")
            color: Theme.accent
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: cover.metrics.px(44)
            font.weight: Font.Bold
        }
        Text {
            objectName: "signInReason"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: cover.reason
            color: Theme.text
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: cover.metrics.fontTitle
        }
    }
}
