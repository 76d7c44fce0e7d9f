// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTaker.h"

#include "AuditController.h"
#include "HandoverController.h"
#include "IncidentController.h"
#include "SessionController.h"
#include "ioc/client/BackendClient.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

#include <cstdio>

namespace {
constexpr int kDeltasWanted = 3;
constexpr int kTimeoutMs = 20'000;
constexpr int kSettleMs = 1'200; // lets the change highlights fade before the grab
} // namespace

using ioc::console::SessionController;

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, ioc::client::BackendClient *client,
                                 SessionController *session, ioc::console::AuditController *audit,
                                 QString path, Plan plan, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_session(session)
    , m_audit(audit)
    , m_path(std::move(path))
    , m_plan(plan)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr,
                     "ioc-console: nothing to show within %d s (signed in %d, snapshots %d, "
                     "deltas %d); screenshot not taken\n",
                     kTimeoutMs / 1000, int(m_session->loggedIn()), m_client->snapshotCount(),
                     m_deltas);
        QCoreApplication::exit(3);
    });
}

void ScreenshotTaker::start()
{
    m_timeout.start(kTimeoutMs);
    if (!m_plan.signingIn) {
        grabSoon();
        return;
    }
    connect(m_client, &ioc::client::BackendClient::snapshotReceived, this, &ScreenshotTaker::check);
    connect(m_client, &ioc::client::BackendClient::seriesUpdated, this, [this] {
        ++m_deltas;
        check();
    });
    connect(m_audit, &ioc::console::AuditController::resultChanged, this, &ScreenshotTaker::check);
    connect(m_session, &SessionController::errorChanged, this, [this] {
        if (m_session->error() == SessionController::LoginError::None || m_session->loggedIn())
            return;
        std::fprintf(stderr, "ioc-console: sign-in refused (%s); capturing the login screen\n",
                     qPrintable(m_session->errorDetail()));
        grabSoon();
    });
}

void ScreenshotTaker::showIncidents(ioc::console::IncidentController *incidents)
{
    m_incidents = incidents;
    auto *list = incidents->list();
    connect(list, &ioc::console::IncidentListModel::reloaded, this, [this, list] {
        if (list->rowCount() == 0) {
            m_noIncidents = true; // nothing to select: the empty list is the picture
            check();
            return;
        }
        if (m_incidents->selectedId() > 0)
            return;
        int row = 0;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->data(list->index(r), ioc::console::IncidentListModel::StatusRole) ==
                QLatin1String("resolution_proposed")) {
                row = r;
                break;
            }
        m_incidents->select(
            list->data(list->index(row), ioc::console::IncidentListModel::IdRole).toLongLong());
    });
    connect(incidents, &ioc::console::IncidentController::detailChanged, this,
            &ScreenshotTaker::check);
}

void ScreenshotTaker::showHandover(ioc::console::HandoverController *handovers)
{
    m_handovers = handovers;
    connect(handovers, &ioc::console::HandoverController::shiftChanged, this, [this] {
        if (m_handovers->draft().isEmpty() && !m_handovers->shift().isEmpty())
            m_handovers->loadDraft();
    });
    connect(handovers, &ioc::console::HandoverController::draftChanged, this,
            &ScreenshotTaker::check);
}

void ScreenshotTaker::check()
{
    if (m_client->snapshotCount() == 0 || m_deltas < kDeltasWanted)
        return;
    if (m_incidents && !m_noIncidents &&
        !m_incidents->detail().contains(QStringLiteral("timeline")))
        return;
    if (m_handovers && m_handovers->draft().isEmpty())
        return;
    if (m_plan.auditView && m_session->canSeeAudit() && !m_audit->loaded())
        return;
    grabSoon();
}

void ScreenshotTaker::grabSoon()
{
    if (m_grabbing)
        return;
    m_grabbing = true;
    QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab()
{
    m_timeout.stop();
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "ioc-console: cannot save screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(4);
        return;
    }
    std::printf("ioc-console: screenshot %dx%d saved to %s\n", image.width(), image.height(),
                qPrintable(m_path));
    QCoreApplication::exit(0);
}
