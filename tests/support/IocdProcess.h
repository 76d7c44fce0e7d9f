// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// The real iocd binary (from $IOCD_BINARY) on 127.0.0.1 with a free port, for integration tests.
class IocdProcess
{
public:
    explicit IocdProcess(QString dataDir, QStringList extraArgs = {"--demo"});
    ~IocdProcess();

    // Starts and waits for the "iocd listening on ADDR:PORT" line; false (with a QWARN) on failure.
    bool start(int timeoutMs = 15000);
    // SIGTERM and wait for a clean exit; returns the exit code (or -1 on crash/timeout).
    int terminate(int timeoutMs = 15000);
    void kill();

    quint16 port() const { return m_port; }
    QUrl httpUrl(const QString& path) const;
    QUrl wsUrl(const QString& pathAndQuery) const;
    QString stderrText() const;

    // Logs in over HTTP and returns the bearer token (empty, with a QWARN, on failure). Without a
    // user name: the demo officer with --demo, otherwise the first admin, whose password this
    // class gives iocd through --admin-password-env (adminPassword()).
    QByteArray login(const QString& username = {}, const QString& password = {}) const;
    static QString adminPassword();
    // Runs `iocd ARGS…` (the offline admin commands) to completion; stdout into `out`.
    // Returns the exit code, or -1 when it did not finish.
    static int runCli(const QStringList& args, QByteArray* out = nullptr,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    bool demo() const { return m_args.contains(QStringLiteral("--demo")); }

private:
    QString m_dataDir;
    QStringList m_args;
    QProcess m_process;
    quint16 m_port = 0;
};
