// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace ioc::console {
class SessionController;
}

// The wall has no keyboard: it signs in with the credential from its configuration and signs in
// again by itself when the server was unreachable or the session ended (the password is kept
// in memory for that, never written anywhere).
class WallSignIn : public QObject
{
    Q_OBJECT

public:
    WallSignIn(ioc::console::SessionController *session, QString username, QString password,
               QObject *parent = nullptr);

    void start();

private:
    void retrySoon();

    ioc::console::SessionController *m_session;
    QString m_username;
    QString m_password;
    QTimer m_retry;
};
