// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocdProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QtTest>

IocdProcess::IocdProcess(QString dataDir, QStringList extraArgs)
    : m_dataDir(std::move(dataDir))
    , m_args(std::move(extraArgs))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

IocdProcess::~IocdProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool IocdProcess::start(int timeoutMs)
{
    const QString binary = qEnvironmentVariable("IOCD_BINARY");
    if (binary.isEmpty()) {
        qWarning("IOCD_BINARY is not set");
        return false;
    }
    m_port = 0;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IOCD_TEST_ADMIN_PASSWORD"), adminPassword());
    m_process.setProcessEnvironment(env);
    m_process.start(binary, QStringList{"--listen", "127.0.0.1:0", "--data-dir", m_dataDir,
                                        "--admin-password-env", "IOCD_TEST_ADMIN_PASSWORD"} +
                                m_args);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression re(QStringLiteral("iocd listening on [^\\s]+:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            continue;
        out += m_process.readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    qWarning("iocd did not start: %s", qPrintable(stderrText()));
    return false;
}

int IocdProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void IocdProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl IocdProcess::httpUrl(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl IocdProcess::wsUrl(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QString IocdProcess::stderrText() const
{
    return QString::fromUtf8(const_cast<QProcess&>(m_process).readAllStandardError());
}

QString IocdProcess::adminPassword()
{
    return QStringLiteral("Kiem-Thu-Vung-Tau-7391");
}

QByteArray IocdProcess::login(const QString& username, const QString& password) const
{
    const QString user = username.isEmpty() ? (demo() ? "officer" : "admin") : username;
    const QString pass = username.isEmpty() ? (demo() ? "demo" : adminPassword()) : password;
    QNetworkAccessManager nam;
    QNetworkRequest req(httpUrl("/api/v1/login"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QByteArray body =
        QJsonDocument(QJsonObject{{"username", user}, {"password", pass}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    const auto json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QByteArray token = json.value("token").toString().toUtf8();
    if (token.isEmpty())
        qWarning("login as %s failed: %s", qPrintable(user),
                 QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return token;
}

int IocdProcess::runCli(const QStringList& args, QByteArray* out, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("IOCD_BINARY"), args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
