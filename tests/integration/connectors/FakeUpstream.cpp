// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeUpstream.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

FakeUpstream::~FakeUpstream()
{
    // Sockets still open (hanging ones) are the server's children: silence them before they
    // report "disconnected" into members that are already gone.
    if (m_server)
        for (auto *socket : m_server->findChildren<QTcpSocket *>())
            socket->disconnect();
    m_server.reset();
}

bool FakeUpstream::listen(const QString& certFile, const QString& keyFile)
{
    if (certFile.isEmpty()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        QFile cert(certFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        if (tls.localCertificate().isNull() || tls.privateKey().isNull())
            return false;
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    }
    // Emitted once a connection is usable: for HTTPS, after the TLS handshake.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FakeUpstream::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeUpstream::setJson(const QByteArray& path, const QByteArray& body)
{
    m_routes[path] = Route{Mode::Json, body};
}

void FakeUpstream::setMode(const QByteArray& path, Mode mode)
{
    m_routes[path].mode = mode;
}

void FakeUpstream::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            m_hanging.removeAll(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            // A GET has no body: the request is complete at the blank line.
            QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
            socket->setProperty("buffered", buffered);
            if (buffered.contains("\r\n\r\n") && !socket->property("answered").toBool()) {
                socket->setProperty("answered", true);
                answer(socket, buffered);
            }
        });
    }
}

void FakeUpstream::answer(QTcpSocket *socket, const QByteArray& request)
{
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const QByteArray path =
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    ++m_counts[path];
    m_lastRequest[path] = request;
    const Route route = m_routes.value(path, Route{Mode::Status500, {}});
    QByteArray status = "200 OK";
    QByteArray body;
    switch (route.mode) {
    case Mode::Json:
        body = route.body;
        break;
    case Mode::Status500:
        status = "500 Internal Server Error";
        body = R"({"error":"database unavailable"})";
        break;
    case Mode::Garbage:
        body = "<html><body>LGSP gateway: service temporarily unavailable";
        break;
    case Mode::Huge:
        body = "[" + QByteArray(64 * 1024, '1') + "]";
        break;
    case Mode::Hang:
        m_hanging.append(socket); // never answered; the poller must give up on its own
        return;
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
