// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsProxy.h"

#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>

TlsProxy::TlsProxy(QSslCertificate certificate, QSslKey key, quint16 upstreamPort, QObject *parent)
    : QTcpServer(parent)
    , m_certificate(std::move(certificate))
    , m_key(std::move(key))
    , m_upstreamPort(upstreamPort)
{}

void TlsProxy::incomingConnection(qintptr descriptor)
{
    auto *client = new QSslSocket(this);
    if (!client->setSocketDescriptor(descriptor)) {
        delete client;
        return;
    }
    auto *upstream = new QTcpSocket(client);
    connect(client, &QSslSocket::encrypted, this, [this, upstream] {
        ++m_encrypted;
        upstream->connectToHost(QStringLiteral("127.0.0.1"), m_upstreamPort);
    });
    connect(client, &QAbstractSocket::errorOccurred, this, [this, client] {
        if (!client->isEncrypted())
            ++m_failedHandshakes;
        client->disconnectFromHost();
    });
    // Bytes the client sends before upstream is connected stay buffered in the socket.
    auto pipeUp = [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    };
    connect(client, &QSslSocket::readyRead, upstream, pipeUp);
    connect(upstream, &QTcpSocket::connected, upstream, pipeUp);
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(client, &QSslSocket::disconnected, this, [client, upstream] {
        upstream->disconnectFromHost();
        client->deleteLater();
    });
    client->setLocalCertificate(m_certificate);
    client->setPrivateKey(m_key);
    client->setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    client->startServerEncryption();
}

bool makeSelfSignedCertificate(const QString& dir, const QString& stem, const QString& commonName,
                               const QStringList& names)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=%1").arg(commonName), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=%1").arg(names.join(QLatin1Char(','))),
                   QStringLiteral("-keyout"), QStringLiteral("%1/%2-key.pem").arg(dir, stem),
                   QStringLiteral("-out"), QStringLiteral("%1/%2-cert.pem").arg(dir, stem)});
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        qWarning("openssl failed (package openssl): %s", openssl.readAll().constData());
        return false;
    }
    return true;
}
