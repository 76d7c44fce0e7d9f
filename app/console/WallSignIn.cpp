// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallSignIn.h"

#include "SessionController.h"

using ioc::console::SessionController;

namespace {
constexpr int kRetryMs = 10'000;
} // namespace

WallSignIn::WallSignIn(SessionController *session, QString username, QString password,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_username(std::move(username))
    , m_password(std::move(password))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &WallSignIn::start);
    connect(session, &SessionController::errorChanged, this, [this] {
        // A wrong or locked credential is not retried in a loop (it would only lock the
        // account); a server that could not be reached, or answered oddly, is.
        const auto error = m_session->error();
        if (error == SessionController::LoginError::Unreachable ||
            error == SessionController::LoginError::Server)
            retrySoon();
    });
    connect(session, &SessionController::expiredChanged, this, [this] {
        if (m_session->expired())
            retrySoon();
    });
}

void WallSignIn::start()
{
    if (m_password.isEmpty() || m_session->busy() ||
        (m_session->loggedIn() && !m_session->expired()))
        return;
    m_session->login(m_username, m_password);
}

void WallSignIn::retrySoon()
{
    if (!m_retry.isActive())
        m_retry.start();
}
