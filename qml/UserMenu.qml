// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Ioc.Console

// Who is signed in, with which role, the console's settings, and how to sign out.
Button {
    id: userButton

    required property SessionController session
    signal settingsRequested()
    readonly property string roleName: {
        switch (session.role) {
        case "officer": return qsTr("Duty officer")
        case "supervisor": return qsTr("Supervisor")
        case "admin": return qsTr("Administrator")
        case "wall": return qsTr("Video wall (display only)")
        default: return session.role
        }
    }

    objectName: "userMenuButton"
    flat: true
    leftPadding: Theme.px(12)
    rightPadding: Theme.px(12)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSmall
    Accessible.name: qsTr("Signed in as %1 (%2)").arg(session.username).arg(roleName)
    onClicked: menu.opened ? menu.close() : menu.open()

    contentItem: Row {
        spacing: Theme.px(8)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(26)
            height: width
            radius: width / 2
            color: Theme.accent
            Text {
                anchors.centerIn: parent
                text: userButton.session.username.charAt(0).toUpperCase()
                color: Theme.background
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            Text {
                objectName: "userName"
                text: userButton.session.username
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "userRole"
                text: userButton.roleName
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTiny
            }
        }
    }
    background: Rectangle {
        implicitHeight: Theme.px(40)
        radius: Theme.px(4)
        color: userButton.hovered || menu.opened ? Theme.surfaceRaised : "transparent"
        border.color: Theme.border
    }

    Menu {
        id: menu
        y: userButton.height + Theme.px(4)
        x: userButton.width - width
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        background: Rectangle {
            implicitWidth: Theme.px(300)
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
        MenuItem {
            enabled: false
            contentItem: Column {
                spacing: Theme.px(2)
                Text {
                    text: qsTr("Signed in as %1").arg(userButton.session.username)
                    color: Theme.text
                    font: menu.font
                }
                Text {
                    text: qsTr("Role: %1").arg(userButton.roleName)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                }
                Text {
                    visible: !isNaN(userButton.session.expiresAt.getTime())
                    text: qsTr("Session valid until %1")
                        .arg(Qt.formatDateTime(userButton.session.expiresAt, "HH:mm dd/MM/yyyy"))
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTiny
                }
            }
        }
        MenuSeparator {}
        MenuItem {
            id: settingsItem
            objectName: "settingsItem"
            text: qsTr("Settings…")
            onTriggered: userButton.settingsRequested()
            contentItem: Text {
                text: settingsItem.text
                color: Theme.text
                font: menu.font
            }
            background: Rectangle {
                color: settingsItem.highlighted ? Theme.surfaceRaised : "transparent"
            }
        }
        MenuItem {
            id: logoutItem
            objectName: "logoutItem"
            text: qsTr("Sign out")
            onTriggered: userButton.session.logout()
            contentItem: Text {
                text: logoutItem.text
                color: Theme.text
                font: menu.font
            }
            background: Rectangle {
                color: logoutItem.highlighted ? Theme.surfaceRaised : "transparent"
            }
        }
    }
}
