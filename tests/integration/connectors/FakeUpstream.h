// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

// A department API on loopback for poller tests: answers GET PATH per path with what the test
// set — JSON, an error status, garbage, an oversized body, or nothing at all (hangs).
class FakeUpstream : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Json, Status500, Garbage, Hang, Huge };
    ~FakeUpstream() override;

    // Plain HTTP; with a certificate and key (PEM files), HTTPS.
    bool listen(const QString& certFile = {}, const QString& keyFile = {});
    quint16 port() const { return m_server->serverPort(); }

    void setJson(const QByteArray& path, const QByteArray& body);
    void setMode(const QByteArray& path, Mode mode);
    int requestCount(const QByteArray& path) const { return m_counts.value(path); }
    QByteArray lastRequest(const QByteArray& path) const { return m_lastRequest.value(path); }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray& request);

    struct Route
    {
        Mode mode = Mode::Json;
        QByteArray body;
    };
    std::unique_ptr<QTcpServer> m_server;
    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_counts;
    QHash<QByteArray, QByteArray> m_lastRequest;
    QList<QTcpSocket *> m_hanging;
};
