// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlowStreamClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

bool SlowStreamClient::open(quint16 port, const QString& pathAndQuery, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket.waitForConnected(timeoutMs))
        return false;
    m_socket.write(QStringLiteral("GET %1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                       .arg(pathAndQuery)
                       .toUtf8());
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains("\r\n\r\n") && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(deadline.remainingTime())))
            m_buffer += m_socket.readAll();
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || !m_buffer.startsWith("HTTP/1.1 101"))
        return false;
    m_buffer.remove(0, end + 4);
    return true;
}

bool SlowStreamClient::parseFrames()
{
    // Server frames are unmasked (RFC 6455 5.1); iocd sends whole text messages.
    while (m_buffer.size() >= 2) {
        const auto b0 = quint8(m_buffer[0]), b1 = quint8(m_buffer[1]);
        quint64 len = b1 & 0x7F;
        int header = 2;
        if (len == 126) {
            if (m_buffer.size() < 4)
                return true;
            len = (quint64(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
            header = 4;
        } else if (len == 127) {
            if (m_buffer.size() < 10)
                return true;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | quint8(m_buffer[2 + i]);
            header = 10;
        }
        if (quint64(m_buffer.size()) < header + len)
            return true;
        const int opcode = b0 & 0x0F;
        const QByteArray payload = m_buffer.mid(header, qsizetype(len));
        m_buffer.remove(0, header + qsizetype(len));
        if (opcode == 0x1)
            m_messages.append(QJsonDocument::fromJson(payload).object());
        else if (opcode == 0x8)
            m_closeFrame = true;
    }
    return true;
}

QList<QJsonObject> SlowStreamClient::drain(int idleMs)
{
    m_socket.setReadBufferSize(0);
    for (;;) {
        m_buffer += m_socket.readAll();
        parseFrames();
        if (m_closeFrame || m_socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (!m_socket.waitForReadyRead(idleMs))
            break;
    }
    m_buffer += m_socket.readAll();
    parseFrames();
    return m_messages;
}
