// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Ioc.Console
import Ioc.Views
import Ioc.TestSupport

// The sign-in views, driven by the keyboard as an operator would, against the real iocd
// (TestSessions.live) and a server that is not there (TestSessions.unreachable). Functions run
// in name order: the live session signs in in test_c and expires in test_d.
TestCase {
    id: testCase
    name: "LoginScreen"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: screenComponent
        LoginScreen { width: testCase.width; height: testCase.height; language: "en" }
    }

    Component {
        id: workComponent
        Item {
            property alias draft: draftField
            property alias sheet: reloginSheet
            width: testCase.width
            height: testCase.height
            TextField { id: draftField; width: 400 }
            ReloginSheet { id: reloginSheet; session: TestSessions.live }
        }
    }

    function typeText(text) {
        for (const c of text)
            keyClick(c)
    }

    function makeScreen(session) {
        const screen = createTemporaryObject(screenComponent, testCase, { session: session })
        verify(screen !== null, "login screen created")
        return screen
    }

    function errorText(item) {
        return findChild(item, "loginError").text
    }

    function test_a_showsTheCentreAndFocusesUsername() {
        const screen = makeScreen(TestSessions.unreachable)
        compare(findChild(screen, "centreName").text, "Intelligent Operations Center — Hai Phong")
        tryVerify(() => findChild(screen, "usernameField").activeFocus, 2000,
                  "focus starts on the username")
        compare(findChild(screen, "loginError").visible, false)
    }

    function test_b_keyboardOnlyErrors() {
        const screen = makeScreen(TestSessions.unreachable)
        tryVerify(() => findChild(screen, "usernameField").activeFocus, 2000)
        keyClick(Qt.Key_Return) // nothing typed: the password field takes over
        verify(findChild(screen, "passwordField").activeFocus)
        keyClick(Qt.Key_Return)
        compare(errorText(screen), "Enter your username and password.")

        findChild(screen, "usernameField").forceActiveFocus()
        typeText("officer")
        keyClick(Qt.Key_Tab)
        verify(findChild(screen, "passwordField").activeFocus)
        typeText("demo")
        keyClick(Qt.Key_Return)
        tryVerify(() => errorText(screen).startsWith("Cannot reach the server 127.0.0.1:"), 10000,
                  "an unreachable server is said so")
        verify(!TestSessions.unreachable.loggedIn)
    }

    function test_c_wrongPasswordThenSignIn() {
        const session = TestSessions.live
        const screen = makeScreen(session)
        tryVerify(() => findChild(screen, "usernameField").activeFocus, 2000)
        typeText("officer")
        keyClick(Qt.Key_Return)
        typeText("not-the-password")
        keyClick(Qt.Key_Return)
        tryCompare(session, "error", SessionController.WrongCredentials, 15000)
        compare(errorText(screen), "Wrong username or password.")
        const password = findChild(screen, "passwordField")
        compare(password.text, "", "the wrong password is cleared")
        verify(password.activeFocus, "…and the cursor waits there")
        compare(findChild(screen, "usernameField").text, "officer", "the username stays")

        typeText("demo")
        keyClick(Qt.Key_Return)
        tryVerify(() => session.loggedIn, 15000, "signed in")
        compare(session.username, "officer")
        compare(session.role, "officer")
        compare(session.canSeeAudit, false)
        compare(errorText(screen), "")
    }

    function test_d_expiryKeepsUnsavedInput() {
        const session = TestSessions.live
        verify(session.loggedIn, "signed in by test_c")
        const work = createTemporaryObject(workComponent, testCase)
        work.draft.forceActiveFocus()
        typeText("flood 40 cm at Lach Tray")
        const draft = work.draft.text
        verify(!work.sheet.visible)

        TestSessions.expire(session)
        tryVerify(() => work.sheet.opened, 3000, "the sign-in sheet covers the view")
        compare(findChild(work.sheet.contentItem, "reloginTitle").text, "Your session has expired")
        const user = findChild(work.sheet.contentItem, "usernameField")
        compare(user.text, "officer")
        compare(user.enabled, false, "the same user signs back in")
        tryVerify(() => findChild(work.sheet.contentItem, "passwordField").activeFocus, 2000)
        if (TestSessions.shotDir !== "")
            grabImage(testCase).save(TestSessions.shotDir + "/relogin-sheet.png")
        typeText("demo")
        keyClick(Qt.Key_Return)
        tryVerify(() => !session.expired, 15000, "signed back in")
        tryVerify(() => !work.sheet.visible, 3000)
        compare(work.draft.text, draft, "what was typed before the expiry is still there")
        verify(session.loggedIn)
    }
}
