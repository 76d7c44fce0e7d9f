// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace ioc::client {
class BackendClient;
}
namespace ioc::console {
class AuditController;
class HandoverController;
class IncidentController;
class SessionController;
} // namespace ioc::console

// --screenshot: saves the window as PNG and quits the application (exit code 0) once what it
// should show is on screen; gives up with exit code 3 after the timeout.
// * signing in: once the first snapshot and a few deltas are shown (and, for the audit view,
//   the audit page is loaded); a refused sign-in is captured with its error on the login screen;
// * the incidents view: once the list is loaded and the first incident awaiting approval (or
//   else the newest) is selected with its timeline;
// * no credentials: the login screen, as soon as it is laid out.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        bool signingIn = true;
        bool auditView = false;
    };

    ScreenshotTaker(QQuickWindow *window, ioc::client::BackendClient *client,
                    ioc::console::SessionController *session, ioc::console::AuditController *audit,
                    QString path, Plan plan, QObject *parent = nullptr);

    void start();
    // The incidents view is shown: wait for its list and a selected incident.
    void showIncidents(ioc::console::IncidentController *incidents);
    // The handover view is shown: draft this shift's handover and wait for it.
    void showHandover(ioc::console::HandoverController *handovers);

private:
    void check();
    void grabSoon();
    void grab();

    QQuickWindow *m_window;
    ioc::client::BackendClient *m_client;
    ioc::console::SessionController *m_session;
    ioc::console::AuditController *m_audit;
    ioc::console::IncidentController *m_incidents = nullptr;
    ioc::console::HandoverController *m_handovers = nullptr;
    bool m_noIncidents = false;
    QString m_path;
    Plan m_plan;
    int m_deltas = 0;
    bool m_grabbing = false;
    QTimer m_timeout;
};
