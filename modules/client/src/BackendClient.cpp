// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/BackendClient.h"

#include "ioc/client/Endpoints.h"
#include "ioc/client/ReplyErrors.h"
#include "ioc/protocol/Json.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QWebSocket>

#include <boost/json/serialize.hpp>

#include <type_traits>

Q_LOGGING_CATEGORY(lcClient, "ioc.client")

namespace ioc::client {

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QString describe(const protocol::Error& e)
{
    return QStringLiteral("%1: %2").arg(QString::fromStdString(e.code),
                                        QString::fromStdString(e.message));
}

// The API's error body {"error":{"code","message"}}, or the transport's own message.
QString replyError(QNetworkReply *reply, const QByteArray& body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (auto doc = protocol::json::parse(view(body)); doc && doc->is_object()) {
        const auto& o = doc->get_object();
        if (auto it = o.find("error"); it != o.end() && it->value().is_object()) {
            const auto& e = it->value().get_object();
            return QStringLiteral("HTTP %1 %2: %3")
                .arg(status)
                .arg(QString::fromStdString(protocol::json::optionalString(e, "code").value_or("")),
                     QString::fromStdString(
                         protocol::json::optionalString(e, "message").value_or("")));
        }
    }
    return status ? QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString())
                  : reply->errorString();
}

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

BackendClient::BackendClient(BackendClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_backoff(m_options.initialBackoff, m_options.maxBackoff)
{
    if (!m_options.now)
        m_options.now = [] { return QDateTime::currentDateTimeUtc(); };
    m_retryTimer.setSingleShot(true);
    m_offlineTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BackendClient::beginAttempt);
    connect(&m_offlineTimer, &QTimer::timeout, this, [this] {
        if (m_running && m_state != ConnectionState::Connected)
            setState(ConnectionState::Offline);
    });
}

BackendClient::~BackendClient()
{
    stop();
}

void BackendClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_expired = false; // a start (after sign-out and in again) comes with a fresh token
    setState(ConnectionState::Connecting);
    m_offlineTimer.start(m_options.offlineAfter);
    beginAttempt();
}

void BackendClient::stop()
{
    m_running = false;
    ++m_generation;
    m_retryTimer.stop();
    m_offlineTimer.stop();
    dropStream();
}

void BackendClient::resume(const QByteArray& token)
{
    m_token = token;
    if (!m_expired)
        return;
    m_expired = false;
    qCInfo(lcClient) << "resuming with a new token from seq" << m_lastSeq;
    m_backoff.reset();
    if (m_running)
        beginAttempt();
}

void BackendClient::expire(const QString& reason)
{
    qCWarning(lcClient).noquote() << "session expired:" << reason;
    ++m_generation;
    dropStream();
    m_retryTimer.stop();
    if (m_expired)
        return;
    m_expired = true;
    emit sessionExpired();
}

bool BackendClient::streamClosedAsUnauthorized(const QWebSocket& socket) const
{
    // A refused upgrade (401 before the switch), or a stream the server closed when the token
    // expired or was revoked (policy close code, or an application code in 4401/4403).
    if (handshakeStatus(socket.errorString()) == 401)
        return true;
    const int code = socket.closeCode();
    const QString reason = socket.closeReason().toLower();
    if (code == 4401)
        return true;
    return code == QWebSocketProtocol::CloseCodePolicyViolated &&
           (reason.contains(QLatin1String("unauthor")) ||
            reason.contains(QLatin1String("expired")) ||
            reason.contains(QLatin1String("revoked")) || reason.contains(QLatin1String("token")));
}

void BackendClient::beginAttempt()
{
    if (!m_running || m_expired)
        return;
    ++m_attempts;
    ++m_generation;
    dropStream();
    // With a snapshot in hand, a cheap health check tells whether resuming from our seq makes
    // sense (a backend whose history went back, e.g. a fresh data dir, needs a full refetch).
    get(m_needSnapshot ? Step::Domains : Step::Health);
}

void BackendClient::get(Step step)
{
    const QString resource = step == Step::Domains    ? QStringLiteral("domains")
                             : step == Step::Snapshot ? QStringLiteral("series")
                                                      : QStringLiteral("health");
    QNetworkRequest request(apiUrl(m_options.baseUrl, resource));
    request.setTransferTimeout(static_cast<int>(m_options.requestTimeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_options.tls);
    setBearer(request, m_token);
    QNetworkReply *reply = m_network.get(request);
    const quint64 generation = m_generation;
    // Logged, never ignored: the reply then fails and is retried like any other failure.
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            qCWarning(lcClient).noquote() << "TLS:" << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, step, generation] { onReply(reply, step, generation); });
}

void BackendClient::onReply(QNetworkReply *reply, Step step, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation || !m_running)
        return;
    const QByteArray body = reply->readAll();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401) {
        expire(QStringLiteral("GET %1: %2").arg(reply->url().path(), replyError(reply, body)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(QStringLiteral("GET %1 failed: %2").arg(reply->url().path(), replyError(reply, body)));
        return;
    }
    switch (step) {
    case Step::Domains: {
        auto domains = protocol::decodeDomains(view(body));
        if (!domains) {
            fail(QStringLiteral("bad domains document: %1").arg(describe(domains.error())));
            return;
        }
        emit domainsReceived(*domains);
        get(Step::Snapshot);
        return;
    }
    case Step::Snapshot: {
        auto snapshot = protocol::decodeSnapshot(view(body));
        if (!snapshot) {
            fail(QStringLiteral("bad snapshot: %1").arg(describe(snapshot.error())));
            return;
        }
        m_lastSeq = snapshot->seq;
        m_needSnapshot = false;
        ++m_snapshots;
        qCInfo(lcClient) << "snapshot seq" << m_lastSeq << "series" << snapshot->series.size();
        markData();
        emit snapshotReceived(*snapshot);
        openStream();
        return;
    }
    case Step::Health: {
        auto doc = protocol::json::parse(view(body));
        auto object = doc ? protocol::json::requireObject(*doc, "health") : doc.error();
        auto seq = object ? protocol::json::requireInt(**object, "seq") : object.error();
        if (!seq) {
            fail(QStringLiteral("bad health document: %1").arg(describe(seq.error())));
            return;
        }
        if (*seq < m_lastSeq) {
            qCInfo(lcClient) << "backend seq" << *seq << "is behind ours" << m_lastSeq
                             << "- refetching everything";
            m_needSnapshot = true;
            get(Step::Domains);
            return;
        }
        openStream();
        return;
    }
    }
}

void BackendClient::openStream()
{
    dropStream();
    auto *socket = new QWebSocket(QString{}, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    const quint64 generation = m_generation;
    connect(socket, &QWebSocket::connected, this, [this, generation] {
        if (generation == m_generation)
            onStreamConnected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, generation] {
        if (generation != m_generation || socket != m_socket)
            return;
        if (streamClosedAsUnauthorized(*socket))
            expire(QStringLiteral("stream refused: %1 %2")
                       .arg(socket->errorString(), socket->closeReason()));
        else
            fail(QStringLiteral("stream closed: %1")
                     .arg(socket->closeReason().isEmpty() ? socket->errorString()
                                                          : socket->closeReason()));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, generation](const QString& t) {
        if (generation == m_generation)
            onStreamText(t);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, generation] {
        if (generation == m_generation)
            countBadMessage(QStringLiteral("unexpected binary frame"));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket, generation] {
                if (generation == m_generation && socket == m_socket &&
                    handshakeStatus(socket->errorString()) == 401)
                    expire(QStringLiteral("stream upgrade refused: %1").arg(socket->errorString()));
            });
    connect(socket, &QWebSocket::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            qCWarning(lcClient).noquote() << "TLS (stream):" << e.errorString();
    });
    socket->setSslConfiguration(m_options.tls);
    QNetworkRequest request(streamUrl(m_options.baseUrl, m_lastSeq));
    setBearer(request, m_token);
    socket->open(request);
}

void BackendClient::onStreamConnected()
{
    qCInfo(lcClient) << "stream open since seq" << m_lastSeq;
    m_backoff.reset();
    m_offlineTimer.stop();
    setState(ConnectionState::Connected);
}

void BackendClient::onStreamText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    auto message = protocol::decodeStreamMessage(view(utf8));
    if (!message) {
        countBadMessage(describe(message.error()));
        return;
    }
    // A resync carries the server's newest seq, which may even be behind ours (a backend that
    // lost its history): it is obeyed whatever its seq.
    if (std::holds_alternative<protocol::Resync>(message->body)) {
        applyMessage(*message);
        return;
    }
    if (message->seq <= m_lastSeq) {
        qCDebug(lcClient) << "skipping already applied seq" << message->seq;
        return;
    }
    // A batch stands for every message from its from_seq to its seq.
    const std::int64_t first = std::holds_alternative<protocol::SeriesBatch>(message->body)
                                   ? std::get<protocol::SeriesBatch>(message->body).fromSeq
                                   : message->seq;
    if (first != m_lastSeq + 1) {
        resync(
            QStringLiteral("gap in seq: expected %1, got %2").arg(m_lastSeq + 1).arg(message->seq));
        return;
    }
    applyMessage(*message);
}

void BackendClient::applyMessage(const protocol::StreamMessage& message)
{
    std::visit(
        Overloaded{
            [&](const protocol::SeriesDelta& delta) {
                m_lastSeq = message.seq;
                m_resyncsWithoutData = 0;
                markData();
                emit seriesUpdated(delta.series, message.seq);
            },
            [&](const protocol::SeriesBatch& batch) {
                m_lastSeq = message.seq;
                m_resyncsWithoutData = 0;
                markData();
                for (const auto& value : batch.series)
                    emit seriesUpdated(value, message.seq);
            },
            [&](const protocol::Resync& r) {
                resync(QStringLiteral("server asked: %1").arg(QString::fromStdString(r.reason)));
            },
            [&](const protocol::RecordUpdate& update) {
                m_lastSeq = message.seq;
                const QJsonObject record =
                    QJsonDocument::fromJson(
                        QByteArray::fromStdString(boost::json::serialize(update.record)))
                        .object();
                const QString type = QString::fromStdString(update.type);
                const QString change = QString::fromStdString(update.change);
                if (type == QLatin1String("incident"))
                    emit incidentChanged(change, record, message.seq);
                emit recordChanged(type, change, record, message.seq);
            },
            [&](const protocol::UnknownMessage& u) {
                // Later servers add types; they still occupy a seq.
                m_lastSeq = message.seq;
                qCDebug(lcClient) << "skipping unknown message type"
                                  << QString::fromStdString(u.type);
            },
        },
        message.body);
}

void BackendClient::resync(const QString& reason)
{
    qCInfo(lcClient).noquote() << "resync:" << reason;
    emit resyncStarted(reason);
    m_needSnapshot = true;
    ++m_generation;
    dropStream();
    // A server that keeps asking right after a fresh snapshot must not be hammered.
    if (++m_resyncsWithoutData > 1) {
        scheduleRetry();
        return;
    }
    get(Step::Snapshot);
}

void BackendClient::fail(const QString& reason)
{
    qCWarning(lcClient).noquote() << reason;
    ++m_generation;
    dropStream();
    if (m_state == ConnectionState::Connected) {
        setState(ConnectionState::Reconnecting);
        m_offlineTimer.start(m_options.offlineAfter);
    }
    scheduleRetry();
}

void BackendClient::scheduleRetry()
{
    if (!m_running)
        return;
    const auto delay = m_backoff.next();
    qCDebug(lcClient) << "retrying in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}

void BackendClient::dropStream()
{
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void BackendClient::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcClient) << "state" << state;
    emit stateChanged(state);
}

void BackendClient::markData()
{
    m_lastDataAt = now();
    emit lastDataAtChanged(m_lastDataAt);
}

void BackendClient::countBadMessage(const QString& why)
{
    ++m_badMessages;
    qCWarning(lcClient).noquote() << "bad stream message skipped:" << why;
    emit badMessageCountChanged(m_badMessages);
}

QDateTime BackendClient::now() const
{
    return m_options.now();
}

} // namespace ioc::client
