// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesController.h"

#include "SessionController.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>

namespace ioc::console {

SourcesController::SourcesController(client::ApiRequester *requester, SessionController *session,
                                     QObject *parent)
    : QObject(parent)
    , m_requester(requester)
    , m_session(session)
{
    m_poll.setInterval(10'000);
    connect(&m_poll, &QTimer::timeout, this, &SourcesController::refresh);
}

void SourcesController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
    }
    emit activeChanged();
}

bool SourcesController::handleFailure(const client::ApiReply& reply, QString *message)
{
    if (reply.ok())
        return false;
    if (reply.error->kind == client::AuthErrorKind::Expired && m_session)
        m_session->reportUnauthorized();
    *message = reply.message().isEmpty() ? reply.error->detail : reply.message();
    return true;
}

void SourcesController::refresh()
{
    if (!m_requester || (m_session && !m_session->loggedIn()))
        return;
    m_requester->get(QStringLiteral("sources"), {}, this, [this](const client::ApiReply& reply) {
        QString message;
        if (!handleFailure(reply, &message)) {
            m_model.setSources(reply.body.value(QLatin1String("sources")).toArray());
            if (!m_loaded) {
                m_loaded = true;
                emit loadedChanged();
            }
        }
        if (message != m_error) {
            m_error = message;
            emit errorChanged();
        }
    });
    loadUrges();
}

void SourcesController::setSelectedId(const QString& id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    m_urges.clear();
    emit selectedChanged();
    emit urgesChanged();
    loadUrges();
}

void SourcesController::loadUrges()
{
    if (m_selected.isEmpty() || !m_requester)
        return;
    const QString id = m_selected;
    m_requester->get(QStringLiteral("sources/%1/urges").arg(id), {}, this,
                     [this, id](const client::ApiReply& reply) {
                         if (id != m_selected)
                             return;
                         // 404 from a server without the urge routes: history not available.
                         m_urgesAvailable = reply.ok() || reply.httpStatus != 404;
                         m_urges =
                             reply.body.value(QLatin1String("urges")).toArray().toVariantList();
                         emit urgesChanged();
                     });
}

void SourcesController::urge(const QString& id, const QString& note)
{
    if (!m_requester || m_urging)
        return;
    m_urging = true;
    m_urgeError.clear();
    emit urgingChanged();
    m_requester->post(QStringLiteral("sources/%1/urge").arg(id),
                      QJsonObject{{QStringLiteral("note"), note.trimmed()}}, {}, this,
                      [this, id](const client::ApiReply& reply) {
                          m_urging = false;
                          if (!handleFailure(reply, &m_urgeError)) {
                              m_urgeError.clear();
                              emit urged(id);
                              refresh();
                          }
                          emit urgingChanged();
                      });
}

} // namespace ioc::console
