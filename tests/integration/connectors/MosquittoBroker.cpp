// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

#include <mosquitto.h>

namespace {
QString brokerBinary()
{
    // Debian installs the broker in /usr/sbin, which is not on every user's PATH.
    QString path = QStandardPaths::findExecutable("mosquitto");
    if (path.isEmpty())
        path = QStandardPaths::findExecutable("mosquitto", {"/usr/sbin", "/usr/local/sbin"});
    return path;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

MosquittoBroker::MosquittoBroker(QString dir)
    : m_dir(std::move(dir))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

MosquittoBroker::~MosquittoBroker()
{
    kill();
}

bool MosquittoBroker::start(quint16 port, int timeoutMs)
{
    const QString binary = brokerBinary();
    if (binary.isEmpty()) {
        qWarning("mosquitto is not installed (scripts/deps.sh installs it)");
        return false;
    }
    m_port = port ? port : freePort();
    const QString config = QDir(m_dir).filePath(QStringLiteral("mosquitto-%1.conf").arg(m_port));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\npersistence false\n"
                           "log_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\n"
                           "log_type information\n")
                .arg(m_port)
                .toUtf8());
    f.close();
    m_log.clear();
    m_process.start(binary, {"-c", config});
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (m_process.waitForReadyRead(int(deadline.remainingTime())))
            m_log += m_process.readAll();
        if (m_log.contains(" running"))
            return true;
    }
    m_log += m_process.readAll();
    qWarning("mosquitto did not start: %s", m_log.constData());
    return false;
}

void MosquittoBroker::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += m_process.readAll();
}

bool mqttPublish(quint16 port, const QByteArray& topic, const QByteArray& payload, int timeoutMs)
{
    static const int init = mosquitto_lib_init();
    Q_UNUSED(init);
    struct State
    {
        int mid = -1;
        bool acked = false;
    } state;
    mosquitto *m = mosquitto_new(nullptr, true, &state);
    if (!m)
        return false;
    mosquitto_publish_callback_set(m, [](mosquitto *, void *obj, int mid) {
        auto *s = static_cast<State *>(obj);
        if (mid == s->mid)
            s->acked = true;
    });
    bool ok = mosquitto_connect(m, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS &&
              mosquitto_publish(m, &state.mid, topic.constData(), int(payload.size()),
                                payload.constData(), 1, false) == MOSQ_ERR_SUCCESS;
    const QDeadlineTimer deadline(timeoutMs);
    while (ok && !state.acked && !deadline.hasExpired())
        ok = mosquitto_loop(m, 100, 1) == MOSQ_ERR_SUCCESS;
    ok = ok && state.acked;
    mosquitto_disconnect(m);
    mosquitto_destroy(m);
    return ok;
}
