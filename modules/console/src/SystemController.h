// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include "ioc/client/ApiRequester.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

class SessionController;

// The centre's own health (regulation 7.1) from GET /api/v1/system, every 5 s while shown:
// backend version and uptime, clients connected, connectors with their last error, store sizes.
class SystemController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString version READ version NOTIFY changed)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY changed)
    Q_PROPERTY(qint64 uptimeSeconds READ uptimeSeconds NOTIFY changed)
    Q_PROPERTY(int clientsConnected READ clientsConnected NOTIFY changed)
    Q_PROPERTY(QVariantList connectors READ connectors NOTIFY changed)
    Q_PROPERTY(int connectorsDown READ connectorsDown NOTIFY changed)
    Q_PROPERTY(QVariantMap store READ store NOTIFY changed)
    Q_PROPERTY(QDateTime checkedAt READ checkedAt NOTIFY changed)

public:
    SystemController(client::ApiRequester *requester, SessionController *session,
                     QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    bool loaded() const { return m_loaded; }
    // False when the server has no /system route (an older iocd).
    bool available() const { return m_available; }
    QString error() const { return m_error; }
    QString version() const { return m_version; }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 uptimeSeconds() const { return m_uptime; }
    int clientsConnected() const { return m_clients; }
    QVariantList connectors() const { return m_connectors; }
    int connectorsDown() const;
    QVariantMap store() const { return m_store; }
    QDateTime checkedAt() const { return m_checkedAt; }

    Q_INVOKABLE void refresh();

signals:
    void activeChanged();
    void changed();

private:
    QPointer<client::ApiRequester> m_requester;
    QPointer<SessionController> m_session;
    QTimer m_poll;
    bool m_active = false;
    bool m_loaded = false;
    bool m_available = true;
    QString m_error;
    QString m_version;
    QDateTime m_startedAt;
    qint64 m_uptime = 0;
    int m_clients = 0;
    QVariantList m_connectors;
    QVariantMap m_store;
    QDateTime m_checkedAt;
};

} // namespace ioc::console
