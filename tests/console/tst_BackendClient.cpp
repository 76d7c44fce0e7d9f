// SPDX-License-Identifier: GPL-3.0-or-later
// BackendClient against FakeBackend: every path of the stream protocol, deterministically.
#include "FakeBackend.h"
#include "TestData.h"
#include "ioc/client/BackendClient.h"
#include "ioc/protocol/Stream.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace std::chrono_literals;
using ioc::client::BackendClient;
using ioc::client::ConnectionState;
namespace protocol = ioc::protocol;
namespace td = ioc::testdata;

namespace {

QByteArray bytes(const std::string& s)
{
    return QByteArray::fromStdString(s);
}

QByteArray delta(std::int64_t seq, const std::string& id, double v)
{
    return bytes(protocol::encodeStreamMessage(
        {seq, protocol::SeriesDelta{td::value(id, v, "2026-11-28T04:30:00Z")}}));
}

QByteArray resync(std::int64_t seq)
{
    return bytes(protocol::encodeStreamMessage({seq, protocol::Resync{"history trimmed"}}));
}

QString since(const QUrl& url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("since"));
}

const QDateTime kNow(QDate(2026, 11, 28), QTime(11, 30), QTimeZone::utc());

} // namespace

class tst_BackendClient : public QObject
{
    Q_OBJECT

private:
    FakeBackend *m_fake = nullptr;

    std::unique_ptr<BackendClient> makeClient(std::chrono::milliseconds offlineAfter = 15s)
    {
        return std::make_unique<BackendClient>(ioc::client::BackendClientOptions{
            .baseUrl = m_fake->baseUrl(),
            .initialBackoff = 20ms,
            .maxBackoff = 200ms,
            .offlineAfter = offlineAfter,
            .requestTimeout = 5s,
            .now = [] { return kNow; },
        });
    }

private slots:
    void init()
    {
        m_fake = new FakeBackend(this);
        m_fake->domainsBody = bytes(protocol::encodeDomains(td::domains()));
        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(10)));
        QVERIFY(m_fake->listen());
    }

    void cleanup()
    {
        delete m_fake;
        m_fake = nullptr;
    }

    void fetchesThenFollowsTheStream()
    {
        auto client = makeClient();
        QSignalSpy domains(client.get(), &BackendClient::domainsReceived);
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        QSignalSpy updates(client.get(), &BackendClient::seriesUpdated);
        QCOMPARE(client->state(), ConnectionState::Connecting);
        client->start();

        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        QCOMPARE(domains.count(), 1);
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(client->lastSeq(), 10);
        QCOMPARE(client->lastDataAt(), kNow);
        QCOMPARE(m_fake->streamRequests().size(), 1);
        QCOMPARE(since(m_fake->streamRequests().first()), QStringLiteral("10"));
        QCOMPARE(m_fake->streamRequests().first().path(), QStringLiteral("/api/v1/stream"));

        m_fake->send(delta(11, "socio.cpi", 100.4));
        m_fake->send(delta(12, "health.beds_viet_tiep", 88));
        QTRY_COMPARE(updates.count(), 2);
        QCOMPARE(updates.at(0).at(0).value<protocol::SeriesValue>().id, "socio.cpi");
        QCOMPARE(updates.at(0).at(1).toLongLong(), 11);
        QCOMPARE(updates.at(1).at(1).toLongLong(), 12);
        QCOMPARE(client->lastSeq(), 12);
        QCOMPARE(m_fake->requests(QStringLiteral("/api/v1/series")), 1);
    }

    void skipsDuplicatesGarbageAndUnknownTypes()
    {
        auto client = makeClient();
        QSignalSpy updates(client.get(), &BackendClient::seriesUpdated);
        QSignalSpy bad(client.get(), &BackendClient::badMessageCountChanged);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);

        m_fake->send(delta(11, "socio.cpi", 1));
        m_fake->send(delta(11, "socio.cpi", 2));                       // duplicate
        m_fake->send("this is not json");                              // garbage
        m_fake->send(R"({"seq":12,"type":"series"})");                 // missing body
        m_fake->send(R"({"seq":12,"type":"incident","incident":{}})"); // newer server type
        m_fake->send(delta(13, "socio.cpi", 3));
        QTRY_COMPARE(updates.count(), 2);
        QCOMPARE(updates.at(1).at(1).toLongLong(), 13);
        QCOMPARE(client->badMessageCount(), 2);
        QCOMPARE(bad.count(), 2);
        QCOMPARE(client->state(), ConnectionState::Connected);
        QCOMPARE(m_fake->requests(QStringLiteral("/api/v1/series")), 1); // no resync needed
    }

    void gapInSeqRefetchesSnapshot()
    {
        auto client = makeClient();
        QSignalSpy resyncs(client.get(), &BackendClient::resyncStarted);
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);

        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(20)));
        m_fake->send(delta(15, "socio.cpi", 1)); // expected 11
        QTRY_COMPARE(snapshots.count(), 2);
        QCOMPARE(resyncs.count(), 1);
        QVERIFY(resyncs.first().first().toString().contains(QStringLiteral("gap")));
        QTRY_COMPARE(m_fake->streamRequests().size(), 2);
        QCOMPARE(since(m_fake->streamRequests().last()), QStringLiteral("20"));
        QTRY_COMPARE(m_fake->openStreams(), 1);
        QCOMPARE(client->lastSeq(), 20);
        QCOMPARE(client->state(), ConnectionState::Connected);
    }

    void resyncMessageRefetchesSnapshot()
    {
        auto client = makeClient();
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        QSignalSpy updates(client.get(), &BackendClient::seriesUpdated);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);

        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(30)));
        m_fake->send(resync(31));
        QTRY_COMPARE(snapshots.count(), 2);
        QTRY_COMPARE(m_fake->openStreams(), 1);
        QCOMPARE(since(m_fake->streamRequests().last()), QStringLiteral("30"));
        m_fake->send(delta(31, "socio.cpi", 5));
        QTRY_COMPARE(updates.count(), 1);
        QCOMPARE(client->lastSeq(), 31);
    }

    void resyncBehindOurSeqIsStillObeyed()
    {
        auto client = makeClient();
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        // iocd's resync carries its newest seq; after losing its history that is behind ours.
        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(3)));
        m_fake->send(resync(3));
        QTRY_COMPARE(snapshots.count(), 2);
        QTRY_COMPARE(m_fake->openStreams(), 1);
        QCOMPARE(client->lastSeq(), 3);
        QCOMPARE(since(m_fake->streamRequests().last()), QStringLiteral("3"));
    }

    void reconnectsAndResumesFromLastSeq()
    {
        auto client = makeClient();
        QSignalSpy states(client.get(), &BackendClient::stateChanged);
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        m_fake->send(delta(11, "socio.cpi", 1));
        QTRY_COMPARE(client->lastSeq(), 11);

        m_fake->healthBody = R"({"status":"ok","version":"fake","uptime_s":5,"seq":11})";
        m_fake->dropStreams();
        QTRY_COMPARE(client->state(), ConnectionState::Reconnecting);
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        QCOMPARE(since(m_fake->streamRequests().last()), QStringLiteral("11"));
        QCOMPARE(snapshots.count(), 1); // resumed, not refetched
        QVERIFY(m_fake->requests(QStringLiteral("/api/v1/health")) >= 1);
        QVERIFY(states.count() >= 3);
    }

    void backendWithOlderHistoryIsRefetched()
    {
        auto client = makeClient();
        QSignalSpy snapshots(client.get(), &BackendClient::snapshotReceived);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        m_fake->send(delta(11, "socio.cpi", 1));
        QTRY_COMPARE(client->lastSeq(), 11);

        // A backend that came back with a fresh store: its seq is behind ours.
        m_fake->healthBody = R"({"status":"ok","version":"fake","uptime_s":1,"seq":2})";
        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(2)));
        m_fake->dropStreams();
        QTRY_COMPARE(snapshots.count(), 2);
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        QCOMPARE(client->lastSeq(), 2);
        QCOMPARE(since(m_fake->streamRequests().last()), QStringLiteral("2"));
    }

    void goesOfflineWhenTheBackendStaysAwayAndComesBack()
    {
        auto client = makeClient(300ms);
        client->start();
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
        const quint16 port = m_fake->port();

        m_fake->close();
        QTRY_COMPARE(client->state(), ConnectionState::Reconnecting);
        QTRY_COMPARE(client->state(), ConnectionState::Offline);
        QCOMPARE(client->lastDataAt(), kNow); // still tells how old the data on screen is

        m_fake->healthBody = R"({"status":"ok","version":"fake","uptime_s":1,"seq":10})";
        QVERIFY(m_fake->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connected, 5000);
    }

    void neverReachedBackendGoesOfflineAndKeepsTrying()
    {
        const quint16 port = m_fake->port();
        m_fake->close();
        auto client = makeClient(200ms);
        client->start();
        QCOMPARE(client->state(), ConnectionState::Connecting);
        QTRY_COMPARE(client->state(), ConnectionState::Offline);
        QVERIFY(!client->lastDataAt().isValid());
        QVERIFY(m_fake->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connected, 5000);
        QCOMPARE(client->lastSeq(), 10);
    }

    void badSnapshotIsRetried()
    {
        m_fake->snapshotBody = R"({"error":{"code":"unavailable","message":"warming up"}})";
        auto client = makeClient();
        client->start();
        QTRY_VERIFY(m_fake->requests(QStringLiteral("/api/v1/series")) >= 2);
        QCOMPARE(client->state(), ConnectionState::Connecting);
        m_fake->snapshotBody = bytes(protocol::encodeSnapshot(td::snapshot(10)));
        QTRY_COMPARE(client->state(), ConnectionState::Connected);
    }
};

QTEST_GUILESS_MAIN(tst_BackendClient)
#include "tst_BackendClient.moc"
