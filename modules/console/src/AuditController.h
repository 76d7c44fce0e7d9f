// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditListModel.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace ioc::client {
class AuditClient;
struct AuditPage;
struct AuthError;
} // namespace ioc::client

namespace ioc::console {

class SessionController;

// The audit view's state: filters, the entries found, and the result of the chain check that
// the server runs with every query (verify=true). Only supervisors and admins may ask.
class AuditController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::AuditListModel *model READ model CONSTANT)
    Q_PROPERTY(QString actorFilter MEMBER m_actor NOTIFY filtersChanged)
    Q_PROPERTY(QString actionFilter MEMBER m_action NOTIFY filtersChanged)
    Q_PROPERTY(QDateTime fromFilter MEMBER m_from NOTIFY filtersChanged)
    Q_PROPERTY(QDateTime toFilter MEMBER m_to NOTIFY filtersChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY resultChanged)
    Q_PROPERTY(ChainState chainState READ chainState NOTIFY resultChanged)
    Q_PROPERTY(qint64 checkedCount READ checkedCount NOTIFY resultChanged)
    Q_PROPERTY(qint64 firstBrokenId READ firstBrokenId NOTIFY resultChanged)
    Q_PROPERTY(QString chainReason READ chainReason NOTIFY resultChanged)
    Q_PROPERTY(FetchError fetchError READ fetchError NOTIFY resultChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY resultChanged)

public:
    enum class ChainState { Unknown, Intact, Broken };
    Q_ENUM(ChainState)
    enum class FetchError { None, NotAllowed, Unreachable, Certificate, Expired, Server };
    Q_ENUM(FetchError)

    AuditController(client::AuditClient *client, SessionController *session,
                    QObject *parent = nullptr);

    AuditListModel *model() { return &m_model; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    ChainState chainState() const { return m_chain; }
    qint64 checkedCount() const { return m_checked; }
    qint64 firstBrokenId() const { return m_firstBroken; }
    QString chainReason() const { return m_reason; }
    FetchError fetchError() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }

    // Queries the server with the current filters (and verifies the chain).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters();

signals:
    void filtersChanged();
    void loadingChanged();
    void resultChanged();

private:
    void onReceived(const client::AuditPage& page);
    void onFailed(const client::AuthError& error);
    void setLoading(bool loading);

    client::AuditClient *m_client;
    SessionController *m_session;
    AuditListModel m_model;
    QString m_actor;
    QString m_action;
    QDateTime m_from;
    QDateTime m_to;
    bool m_loading = false;
    bool m_loaded = false;
    ChainState m_chain = ChainState::Unknown;
    qint64 m_checked = 0;
    qint64 m_firstBroken = 0;
    QString m_reason;
    FetchError m_error = FetchError::None;
    QString m_errorDetail;
};

} // namespace ioc::console
