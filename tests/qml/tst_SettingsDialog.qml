// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Ioc.Console
import Ioc.Views
import Ioc.TestSupport

// The settings dialog as an operator uses it: a wrong backend address or a missing file is
// marked with its message and Save is refused; valid values are stored (in a temporary file).
TestCase {
    id: testCase
    name: "SettingsDialog"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        SettingsDialog {
            settings: TestSessions.settings
            controller: TestSessions.workstation
        }
    }

    function field(dialog, name) {
        const f = findChild(dialog.contentItem, name)
        verify(f !== null, name)
        return f
    }

    function test_validationAndSave() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const backend = field(dialog, "backendField")
        const ca = field(dialog, "caField")
        const save = findChild(dialog.footer, "saveSettings")
        verify(dialog.valid, "empty fields are valid (defaults)")

        backend.text = "ftp://ioc.example"
        verify(backend.error.indexOf("https://") >= 0, backend.error)
        verify(!dialog.valid)
        verify(!save.enabled)

        backend.text = "https://ioc.example:8443"
        compare(backend.error, "")
        ca.text = "/nonexistent/ca.pem"
        verify(ca.error.indexOf("/nonexistent/ca.pem") >= 0, ca.error)
        verify(!save.enabled)

        ca.text = ""
        field(dialog, "userField").text = "lan"
        verify(save.enabled)
        mouseClick(save)
        compare(dialog.status, "saved")
        compare(TestSessions.settings.backend, "https://ioc.example:8443")
        compare(TestSessions.settings.username, "lan")
        // This run uses the embedded backend: the dialog says a restart is needed.
        verify(findChild(dialog.contentItem, "restartNotice").visible)
    }
}
