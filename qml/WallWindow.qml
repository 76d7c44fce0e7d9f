// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// One screen of the video wall: its pages (one shown at a time, rotating by the playlist), the
// focus page when an incident or alert takes this screen, and the wall-wide states: signing in,
// the backend unreachable, a layout file that was not applied. No keyboard, no controls.
Window {
    id: window

    required property WallController wall
    required property WallScreenState screenState
    readonly property var pages: screenState.screenLayout.pages ?? []
    readonly property var currentPage: pages.length > 0
                                       ? pages[Math.min(screenState.pageIndex, pages.length - 1)]
                                       : null
    readonly property bool focusShown: screenState.focusScreen && wall.focus.kind !== undefined
    readonly property bool offline: wall.offlineSince.getTime() > 0

    color: Theme.background
    title: qsTr("Hai Phong IOC — Video wall")

    WallMetrics {
        id: metrics
        scale: Math.max(0.5, Math.min(window.width / 1920, window.height / 1080))
    }

    WallHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        wall: window.wall
        metrics: metrics
        pageTitle: window.focusShown ? window.focusTitle() : window.pageTitle(window.currentPage)
        pageCount: window.focusShown ? 0 : window.pages.length
        pageIndex: window.screenState.pageIndex
        screenName: window.screenState.screenName
    }

    Item {
        id: content
        objectName: "wallContent"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: banners.top }

        // Every page stays built (charts keep their history, the map its view); only the
        // current one is visible and rendered.
        Repeater {
            model: window.pages
            WallPage {
                required property var modelData
                required property int index
                anchors.fill: parent
                page: modelData
                wall: window.wall
                metrics: metrics
                visible: !window.focusShown && index === Math.min(window.screenState.pageIndex,
                                                                 window.pages.length - 1)
            }
        }

        WallFocusPage {
            anchors.fill: parent
            visible: window.focusShown
            wall: window.wall
            metrics: metrics
        }
    }

    Column {
        id: banners
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        WallNotice {
            width: parent.width
            metrics: metrics
            shown: window.wall.layoutSource.error !== ""
            tone: Theme.late
            text: qsTr("The layout file was not applied, the last good layout stays: %1")
                  .arg(window.wall.layoutSource.error)
        }
        WallNotice {
            objectName: "offlineNotice"
            width: parent.width
            metrics: metrics
            shown: window.offline
            tone: Theme.late
            text: qsTr("No connection to the IOC server since %1 (%2). Showing the last data "
                       + "received; reconnecting by itself.")
                  .arg(Qt.formatDateTime(window.wall.offlineSince, "HH:mm:ss"))
                  .arg(WallFormat.age(window.wall.offlineSince, window.wall.now))
        }
    }

    // Calm but unmistakable: a thin amber frame around the whole screen while offline.
    Rectangle {
        anchors.fill: parent
        visible: window.offline
        color: "transparent"
        border.color: Theme.late
        border.width: metrics.px(4)
    }

    WallSignInCover {
        anchors.fill: parent
        session: window.wall.session
        metrics: metrics
    }

    function pageTitle(page: var): string {
        if (!page || !page.title)
            return ""
        return (window.wall.workstation.language === "en" ? page.title.en : page.title.vi) ?? ""
    }

    function focusTitle(): string {
        return window.wall.focus.kind === "alert" ? qsTr("Alert") : qsTr("New incident")
    }
}
