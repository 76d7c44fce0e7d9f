// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Console
import Ioc.Views

TestCase {
    id: testCase
    name: "ConnectionBadge"
    width: 800
    height: 120
    visible: true
    when: windowShown

    Component {
        id: badgeComponent
        ConnectionBadge {}
    }

    function make(state, lastDataAt) {
        const badge = createTemporaryObject(badgeComponent, testCase,
                                            { state: state, lastDataAt: lastDataAt })
        verify(badge !== null, "badge created")
        return badge
    }

    function badgeText(badge) {
        return findChild(badge, "badgeText").text
    }

    function test_connected() {
        const badge = make(ConnectionState.Connected, new Date(2026, 10, 28, 11, 42, 7))
        compare(badgeText(badge), "Connected")
        compare(badge.stateColor, Theme.fresh)
        verify(badge.implicitWidth > 0 && badge.height > 0)
    }

    function test_reconnecting() {
        const badge = make(ConnectionState.Reconnecting, new Date(2026, 10, 28, 11, 42, 7))
        compare(badgeText(badge), "Reconnecting…")
        compare(badge.stateColor, Theme.late)
    }

    function test_offlineShowsTimeOfLastData() {
        const badge = make(ConnectionState.Offline, new Date(2026, 10, 28, 11, 42, 7))
        compare(badgeText(badge), "Offline — last data at 11:42:07")
        compare(badge.stateColor, Theme.stale)
    }

    function test_offlineWithoutAnyData() {
        const badge = make(ConnectionState.Offline, new Date(NaN))
        compare(badgeText(badge), "Offline — last data at never")
    }

    function test_followsStateChanges() {
        const badge = make(ConnectionState.Connecting, new Date(NaN))
        compare(badgeText(badge), "Connecting…")
        const narrow = badge.implicitWidth
        badge.state = ConnectionState.Connected
        compare(badgeText(badge), "Connected")
        badge.lastDataAt = new Date(2026, 10, 28, 8, 5, 0)
        badge.state = ConnectionState.Offline
        compare(badgeText(badge), "Offline — last data at 08:05:00")
        tryVerify(() => badge.implicitWidth > narrow, 1000, "the badge grows with its text")
    }
}
