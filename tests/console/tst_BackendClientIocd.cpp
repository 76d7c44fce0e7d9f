// SPDX-License-Identifier: GPL-3.0-or-later
// BackendClient against the real iocd: live snapshot and deltas, then iocd is killed and
// restarted on the same port and data dir, and the client must come back by itself.
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using ioc::client::BackendClient;
using ioc::client::ConnectionState;

class tst_BackendClientIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    QString m_binary;

    // Starts iocd and returns the port it reports ("iocd listening on 127.0.0.1:PORT"), or 0.
    quint16 startIocd(QProcess& process, quint16 port)
    {
        process.setProgram(m_binary);
        process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                              QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                              m_dataDir.path()});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray output;
        quint16 bound = 0;
        static const QRegularExpression listening(
            QStringLiteral("iocd listening on 127\\.0\\.0\\.1:(\\d+)"));
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            output += process.readAllStandardOutput();
            if (const auto m = listening.match(QString::fromUtf8(output)); m.hasMatch())
                bound = static_cast<quint16>(m.captured(1).toUInt());
        });
        process.start();
        if (!process.waitForStarted(10'000))
            return 0;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(bound != 0 || process.state() == QProcess::NotRunning, 15'000);
        }();
        process.disconnect(this);
        return bound;
    }

private slots:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("IOCD_BINARY");
        if (m_binary.isEmpty() || !QFileInfo(m_binary).isExecutable())
            QFAIL("IOCD_BINARY must name the iocd executable");
        QVERIFY(m_dataDir.isValid());
    }

    void followsLiveDataAndSurvivesARestart()
    {
        QProcess iocd;
        const quint16 port = startIocd(iocd, 0);
        QVERIFY2(port != 0, "iocd did not report its port");

        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ioc::client::AuthClient auth({.baseUrl = base});
        QSignalSpy loggedIn(&auth, &ioc::client::AuthClient::loggedIn);
        auth.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 15'000);
        BackendClient client({.baseUrl = base, .initialBackoff = 100ms, .maxBackoff = 1s});
        // The session is kept in iocd's database: it is still valid after the restart below.
        client.setToken(loggedIn.first().first().value<ioc::client::Session>().token);
        QSignalSpy snapshots(&client, &BackendClient::snapshotReceived);
        QSignalSpy domains(&client, &BackendClient::domainsReceived);
        QList<qint64> seqs;
        connect(&client, &BackendClient::seriesUpdated, this,
                [&](const auto&, qint64 seq) { seqs << seq; });
        client.start();

        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Connected, 15'000);
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(domains.count(), 1);
        const auto snapshot = snapshots.first().first().value<ioc::protocol::SeriesSnapshot>();
        QVERIFY(!snapshot.series.empty());
        QVERIFY(!domains.first().first().value<std::vector<ioc::protocol::Domain>>().empty());

        QTRY_VERIFY_WITH_TIMEOUT(seqs.size() >= 3, 30'000);
        QVERIFY(seqs.first() > snapshot.seq);
        // iocd sends several waiting messages as one series_batch, whose values all carry its seq.
        for (int i = 1; i < seqs.size(); ++i)
            QVERIFY2(seqs[i] >= seqs[i - 1], "seq must never go back");
        QCOMPARE(client.badMessageCount(), 0);

        // The backend goes away.
        const qint64 seqBefore = client.lastSeq();
        iocd.kill();
        QVERIFY(iocd.waitForFinished(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Reconnecting, 10'000);

        // … and comes back with the same data; the client reconnects on its own.
        QProcess again;
        QCOMPARE(startIocd(again, port), port);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Connected, 20'000);
        const int before = seqs.size();
        // Updates flow again (a batch's values share its seq: wait for a later one).
        QTRY_VERIFY_WITH_TIMEOUT(seqs.size() > before && seqs.last() > seqs[before], 30'000);
        QVERIFY(client.lastSeq() > 0);
        qInfo() << "seq before restart" << seqBefore << "after" << client.lastSeq() << "snapshots"
                << client.snapshotCount();
        again.terminate();
        QVERIFY(again.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(tst_BackendClientIocd)
#include "tst_BackendClientIocd.moc"
