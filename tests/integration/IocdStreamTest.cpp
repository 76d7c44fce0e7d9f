// SPDX-License-Identifier: GPL-3.0-or-later
// The stream contract of a real iocd: strictly increasing seq, exact resume with ?since=,
// explicit resync when a gap cannot be filled, and state that survives a restart.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {
qint64 seqOf(const QJsonObject& m)
{
    return m["seq"].toInteger(-1);
}

// Every message a series delta, seqs consecutive from `first`.
void verifyConsecutive(const QList<QJsonObject>& messages, qint64 first)
{
    qint64 expected = first;
    for (const auto& m : messages) {
        QCOMPARE(m["type"].toString(), QStringLiteral("series"));
        QCOMPARE(seqOf(m), expected);
        QVERIFY(!m["series"].toObject()["id"].toString().isEmpty());
        ++expected;
    }
}
} // namespace

class IocdStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_iocd = std::make_unique<IocdProcess>(m_dir->path());
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
    }

    void cleanup()
    {
        if (m_iocd)
            m_iocd->kill();
    }

    void snapshotThenStreamHasNoGap()
    {
        const auto snap = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"));
        QCOMPARE(snap.status, 200);
        const qint64 seq = snap.json["seq"].toInteger();
        StreamRecorder stream(m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seq)));
        QVERIFY(stream.waitConnected());
        // The simulator moves fast sensors every few seconds: 20 messages come quickly.
        QTRY_VERIFY_WITH_TIMEOUT(stream.messages.size() >= 20, 20000);
        QCOMPARE(stream.malformed, 0);
        verifyConsecutive(stream.messages, seq + 1);
    }

    void reconnectWithSinceGetsExactlyWhatWasMissed()
    {
        StreamRecorder first(m_iocd->wsUrl("/api/v1/stream"));
        QVERIFY(first.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(first.messages.size() >= 3, 20000);
        first.close();
        const qint64 lastSeen = seqOf(first.messages.last());

        // Let the server move on while we are away.
        QTRY_VERIFY_WITH_TIMEOUT(
            httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/health")).json["seq"].toInteger() >
                lastSeen + 10,
            20000);

        StreamRecorder second(m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(lastSeen)));
        QVERIFY(second.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(second.messages.size() >= 10, 20000);
        verifyConsecutive(second.messages, lastSeen + 1);
    }

    void sinceFromTheFutureGetsExplicitResync()
    {
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream?since=999999999999"));
        QVERIFY(stream.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(!stream.messages.isEmpty(), 10000);
        QCOMPARE(stream.messages.first()["type"].toString(), QStringLiteral("resync"));
        // After the resync, live messages continue with increasing seq.
        QTRY_VERIFY_WITH_TIMEOUT(stream.messages.size() >= 3, 20000);
        verifyConsecutive(stream.messages.mid(2), seqOf(stream.messages[1]) + 1);
    }

    void manyClientsSeeTheSameOrderedStream()
    {
        const qint64 seq =
            httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series")).json["seq"].toInteger();
        std::vector<std::unique_ptr<StreamRecorder>> clients;
        for (int i = 0; i < 20; ++i)
            clients.push_back(std::make_unique<StreamRecorder>(
                m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seq))));
        for (auto& c : clients)
            QVERIFY(c->waitConnected());
        for (auto& c : clients)
            QTRY_VERIFY_WITH_TIMEOUT(c->messages.size() >= 15, 20000);
        for (auto& c : clients) {
            verifyConsecutive(c->messages.mid(0, 15), seq + 1);
            QCOMPARE(c->messages[14], clients.front()->messages[14]);
        }
        QCOMPARE(httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/health"))
                     .json["stream_clients"]
                     .toInt(),
                 20);
    }

    void restartKeepsValuesAndForcesResyncOfOldSeq()
    {
        const auto before = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"));
        const qint64 seqBefore = before.json["seq"].toInteger();
        QCOMPARE(m_iocd->terminate(), 0); // SIGTERM: clean shutdown, values flushed

        // Restart without the simulator: whatever it shows came from the SQLite file.
        m_iocd = std::make_unique<IocdProcess>(m_dir->path(), QStringList{});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
        const auto after = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"));
        QCOMPARE(after.status, 200);
        QVERIFY(after.json["seq"].toInteger() > seqBefore);
        QHash<QString, QJsonObject> restored;
        for (const auto& v : after.json["series"].toArray())
            restored.insert(v.toObject()["id"].toString(), v.toObject());
        for (const auto& v : before.json["series"].toArray()) {
            const auto old = v.toObject();
            const auto now = restored.value(old["id"].toString());
            QVERIFY2(now["value"].isDouble(), qPrintable(old["id"].toString()));
            // The restored value is the one seen before, or a newer one.
            QVERIFY(now["observed_at"].toString() >= old["observed_at"].toString());
            if (now["observed_at"] == old["observed_at"])
                QCOMPARE(now["value"].toDouble(), old["value"].toDouble());
        }

        // History came back from the SQLite file too.
        const QString someId = before.json["series"].toArray().first().toObject()["id"].toString();
        const auto hist = httpRequest(m_nam, "GET",
                                      m_iocd->httpUrl("/api/v1/series/" + someId + "/history"));
        QCOMPARE(hist.status, 200);
        QVERIFY(!hist.json["points"].toArray().isEmpty());

        StreamRecorder stale(m_iocd->wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(seqBefore)));
        QVERIFY(stale.waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(!stale.messages.isEmpty(), 10000);
        QCOMPARE(stale.messages.first()["type"].toString(), QStringLiteral("resync"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(IocdStreamTest)
#include "IocdStreamTest.moc"
