// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

// A scripted stand-in for iocd on loopback: answers GET /api/v1/{health,domains,series} with the
// bodies it is given and accepts the stream WebSocket on the same port, so tests can send any
// message sequence (gaps, resyncs, garbage) and drop connections at will.
class FakeBackend : public QObject
{
    Q_OBJECT

public:
    explicit FakeBackend(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    void close(); // stops listening and drops every connection
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    QByteArray domainsBody;
    QByteArray snapshotBody;
    QByteArray healthBody;

    int requests(const QString& path) const { return m_requests.count(path); }
    QList<QUrl> streamRequests() const { return m_streamRequests; }
    int openStreams() const;

    void send(const QByteArray& text); // to every open stream
    void dropStreams();

private:
    void onHttpConnection();
    void respond(QTcpSocket *socket);

    QTcpServer m_tcp;
    QWebSocketServer m_ws;
    quint16 m_port = 0;
    QStringList m_requests;
    QList<QUrl> m_streamRequests;
    QList<QPointer<QWebSocket>> m_streams;
};
