// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"

#include <QTcpSocket>
#include <QWebSocket>

FakeBackend::FakeBackend(QObject *parent)
    : QObject(parent)
    , m_ws(QStringLiteral("fake-iocd"), QWebSocketServer::NonSecureMode)
{
    healthBody = R"({"status":"ok","version":"fake","uptime_s":1,"seq":0})";
    connect(&m_tcp, &QTcpServer::newConnection, this, &FakeBackend::onHttpConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_ws.nextPendingConnection()) {
            m_streamRequests << ws->requestUrl();
            m_streams << ws;
            connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        }
    });
}

bool FakeBackend::listen(quint16 port)
{
    if (!m_tcp.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_tcp.serverPort();
    return true;
}

void FakeBackend::close()
{
    m_tcp.close();
    dropStreams();
}

QUrl FakeBackend::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int FakeBackend::openStreams() const
{
    int n = 0;
    for (const auto& ws : m_streams)
        n += ws && ws->state() == QAbstractSocket::ConnectedState;
    return n;
}

void FakeBackend::send(const QByteArray& text)
{
    for (const auto& ws : m_streams)
        if (ws)
            ws->sendTextMessage(QString::fromUtf8(text));
}

void FakeBackend::dropStreams()
{
    for (const auto& ws : m_streams)
        if (ws)
            ws->abort();
    m_streams.clear();
}

void FakeBackend::onHttpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { respond(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeBackend::respond(QTcpSocket *socket)
{
    // Peek first: a WebSocket upgrade must reach QWebSocketServer unread.
    const QByteArray head = socket->peek(socket->bytesAvailable());
    if (!head.contains("\r\n\r\n"))
        return;
    if (head.toLower().contains("upgrade: websocket")) {
        socket->disconnect(this);
        m_ws.handleConnection(socket);
        return;
    }
    socket->readAll();
    const QByteArray path = head.split(' ').value(1);
    m_requests << QString::fromLatin1(path);
    QByteArray body;
    QByteArray status = "200 OK";
    if (path == "/api/v1/health")
        body = healthBody;
    else if (path == "/api/v1/domains")
        body = domainsBody;
    else if (path == "/api/v1/series")
        body = snapshotBody;
    else {
        status = "404 Not Found";
        body = R"({"error":{"code":"not_found","message":"no such resource"}})";
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
