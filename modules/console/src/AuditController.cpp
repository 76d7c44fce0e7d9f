// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditController.h"

#include "SessionController.h"
#include "ioc/client/AuditClient.h"

namespace ioc::console {

AuditController::AuditController(client::AuditClient *client, SessionController *session,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    connect(client, &client::AuditClient::received, this, &AuditController::onReceived);
    connect(client, &client::AuditClient::failed, this, &AuditController::onFailed);
    // Another user's audit page must not stay on screen after a logout.
    connect(session, &SessionController::sessionChanged, this, [this] {
        if (!m_session->loggedIn()) {
            clearFilters();
            m_model.clear();
            m_loaded = false;
            m_chain = ChainState::Unknown;
            emit resultChanged();
        }
    });
}

void AuditController::refresh()
{
    if (!m_session->loggedIn() || m_session->expired())
        return;
    setLoading(true);
    m_client->fetch({.actor = m_actor, .action = m_action, .from = m_from, .to = m_to},
                    m_session->token());
}

void AuditController::clearFilters()
{
    m_actor.clear();
    m_action.clear();
    m_from = {};
    m_to = {};
    emit filtersChanged();
}

void AuditController::onReceived(const client::AuditPage& page)
{
    setLoading(false);
    m_error = FetchError::None;
    m_errorDetail.clear();
    m_loaded = true;
    if (page.verification) {
        m_chain = page.verification->intact ? ChainState::Intact : ChainState::Broken;
        m_checked = page.verification->checked;
        m_firstBroken = page.verification->intact ? 0 : page.verification->firstBrokenId;
        m_reason = page.verification->reason;
    } else {
        m_chain = ChainState::Unknown;
        m_checked = 0;
        m_firstBroken = 0;
        m_reason.clear();
    }
    m_model.setEntries(page.entries, m_firstBroken);
    emit resultChanged();
}

void AuditController::onFailed(const client::AuthError& error)
{
    using client::AuthErrorKind;
    setLoading(false);
    m_errorDetail = error.detail;
    switch (error.kind) {
    case AuthErrorKind::Expired:
        m_error = FetchError::Expired;
        m_session->reportUnauthorized();
        break;
    case AuthErrorKind::Forbidden:
        m_error = FetchError::NotAllowed;
        break;
    case AuthErrorKind::Unreachable:
        m_error = FetchError::Unreachable;
        break;
    case AuthErrorKind::Tls:
        m_error = FetchError::Certificate;
        break;
    default:
        m_error = FetchError::Server;
        break;
    }
    emit resultChanged();
}

void AuditController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

} // namespace ioc::console
