// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

// Test-only TLS front for a plain-HTTP iocd: accepts TLS on a loopback port with the given
// certificate and pipes the decrypted bytes to the real server (HTTP and WebSocket alike), so
// the console's TLS path runs against the real iocd without iocd needing TLS itself.
class TlsProxy : public QTcpServer
{
    Q_OBJECT

public:
    TlsProxy(QSslCertificate certificate, QSslKey key, quint16 upstreamPort,
             QObject *parent = nullptr);

    // Handshakes that failed on the server side (e.g. the client refused our certificate).
    int failedHandshakes() const { return m_failedHandshakes; }
    int encryptedConnections() const { return m_encrypted; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_upstreamPort;
    int m_failedHandshakes = 0;
    int m_encrypted = 0;
};

// Runs the `openssl` command to make a self-signed certificate (RSA 2048, one day) for `names`
// (DNS names and IP addresses, e.g. {"DNS:localhost", "IP:127.0.0.1"}). Writes cert.pem and
// key.pem into `dir` under `stem`; false with a warning when openssl fails.
bool makeSelfSignedCertificate(const QString& dir, const QString& stem, const QString& commonName,
                               const QStringList& names);
