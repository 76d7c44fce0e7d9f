// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTcpSocket>

// A WebSocket client that can stop reading on purpose, so the server sees a really slow peer:
// Qt's QWebSocket always drains the socket, so this speaks the handshake and frames itself.
class SlowStreamClient
{
public:
    bool open(quint16 port, const QString& pathAndQuery, int timeoutMs = 10000);
    // Stops taking bytes from the kernel: the TCP window closes and the server's writes stall.
    void stall() { m_socket.setReadBufferSize(1); }
    // Reads (unlimited) until the server closes or `idleMs` pass without data; returns messages.
    QList<QJsonObject> drain(int idleMs = 3000);
    bool closedByServer() const { return m_closeFrame; }

private:
    bool parseFrames();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<QJsonObject> m_messages;
    bool m_closeFrame = false;
};
