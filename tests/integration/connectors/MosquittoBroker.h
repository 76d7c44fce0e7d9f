// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// A real mosquitto broker on 127.0.0.1, started and killed by the test.
class MosquittoBroker
{
public:
    explicit MosquittoBroker(QString dir);
    ~MosquittoBroker();

    // Starts on `port` (0: a free one) and waits for the broker's "running" line.
    bool start(quint16 port = 0, int timeoutMs = 10000);
    void kill();
    quint16 port() const { return m_port; }
    QString log() const { return QString::fromUtf8(m_log); }

private:
    QString m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

// Publishes one message with QoS 1 through libmosquitto and waits (bounded) for the broker's
// PUBACK; false when the broker cannot be reached or does not acknowledge in time.
bool mqttPublish(quint16 port, const QByteArray& topic, const QByteArray& payload,
                 int timeoutMs = 5000);
