// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/Backoff.h"
#include "ioc/client/ConnectionState.h"
#include "ioc/protocol/Series.h"
#include "ioc/protocol/Stream.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <vector>

class QNetworkReply;
class QWebSocket;

namespace ioc::client {

struct BackendClientOptions
{
    QUrl baseUrl = {};
    std::chrono::milliseconds initialBackoff{500};
    std::chrono::milliseconds maxBackoff{10'000};
    // After this long without a working connection the state turns from Reconnecting to Offline.
    std::chrono::milliseconds offlineAfter{15'000};
    std::chrono::milliseconds requestTimeout{10'000};
    // Peer verification on; a CA file, if any, already added (see TlsConfig.h).
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Wall clock for lastDataAt; tests inject their own.
    std::function<QDateTime()> now = {};
};

// Keeps a live copy of iocd's series: fetches domains and the snapshot, follows the delta stream
// from the snapshot's seq, refetches on `resync` or a seq gap, and reconnects by itself with
// backoff, resuming from the last seq. Everything runs asynchronously on the owner's thread.
// With a token set, every request and the stream's upgrade carry `Authorization: Bearer`; when
// the server says the token is no longer valid (401, or the stream closed as unauthorized) the
// client stops retrying and emits sessionExpired() until resume() is called with a new token.
class BackendClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ioc::client::ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastDataAt READ lastDataAt NOTIFY lastDataAtChanged)
    Q_PROPERTY(int badMessageCount READ badMessageCount NOTIFY badMessageCountChanged)

public:
    explicit BackendClient(BackendClientOptions options, QObject *parent = nullptr);
    ~BackendClient() override;

    void start();
    void stop();
    // Token for every request from now on (the next request or reconnect uses it).
    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // After sessionExpired(): carries on with `token`, keeping what it holds: the stream
    // reopens with since = lastSeq, so nothing is missed.
    void resume(const QByteArray& token);
    bool isSessionExpired() const { return m_expired; }

    QUrl baseUrl() const { return m_options.baseUrl; }
    ConnectionState state() const { return m_state; }
    QDateTime lastDataAt() const { return m_lastDataAt; }
    // Seq of the last stream message applied (or of the snapshot); -1 before the first snapshot.
    qint64 lastSeq() const { return m_lastSeq; }
    int badMessageCount() const { return m_badMessages; }
    int snapshotCount() const { return m_snapshots; }
    // Connection attempts begun since start (each retry is one); for tests and diagnostics.
    int attemptCount() const { return m_attempts; }

signals:
    void stateChanged(ioc::client::ConnectionState state);
    void lastDataAtChanged(const QDateTime& at);
    void badMessageCountChanged(int count);
    void domainsReceived(const std::vector<ioc::protocol::Domain>& domains);
    void snapshotReceived(const ioc::protocol::SeriesSnapshot& snapshot);
    void seriesUpdated(const ioc::protocol::SeriesValue& value, qint64 seq);
    // An incident was created or changed (`change`: created, transition, note, …); `incident`
    // is its summary as GET /api/v1/incidents lists it.
    void incidentChanged(const QString& change, const QJsonObject& incident, qint64 seq);
    // Any stored record was created or changed: `type` says its kind ("incident", "alert", …),
    // `record` is what the stream carried. Emitted for incidents too, after incidentChanged.
    void recordChanged(const QString& type, const QString& change, const QJsonObject& record,
                       qint64 seq);
    // A full refetch was started, because the server asked or a gap in seq was seen.
    void resyncStarted(const QString& reason);
    // The server refused the token: the client waits for resume() instead of reconnecting.
    void sessionExpired();

private:
    enum class Step { Domains, Snapshot, Health };

    void beginAttempt();
    void get(Step step);
    void onReply(QNetworkReply *reply, Step step, quint64 generation);
    void openStream();
    void onStreamConnected();
    void onStreamText(const QString& text);
    void applyMessage(const protocol::StreamMessage& message);
    void resync(const QString& reason);
    void fail(const QString& reason);
    void expire(const QString& reason);
    bool streamClosedAsUnauthorized(const QWebSocket& socket) const;
    void scheduleRetry();
    void dropStream();
    void setState(ConnectionState state);
    void markData();
    void countBadMessage(const QString& why);
    QDateTime now() const;

    BackendClientOptions m_options;
    QNetworkAccessManager m_network;
    QPointer<QWebSocket> m_socket;
    QTimer m_retryTimer;
    QTimer m_offlineTimer;
    Backoff m_backoff;
    // Bumped whenever an attempt is abandoned, so late replies and socket signals are ignored.
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_expired = false;
    QByteArray m_token;
    bool m_needSnapshot = true;
    int m_resyncsWithoutData = 0;
    qint64 m_lastSeq = -1;
    int m_badMessages = 0;
    int m_snapshots = 0;
    int m_attempts = 0;
    ConnectionState m_state = ConnectionState::Connecting;
    QDateTime m_lastDataAt;
};

} // namespace ioc::client
