// SPDX-License-Identifier: GPL-3.0-or-later
// https pollers in a real iocd: the upstream's certificate is checked (here it is signed by a
// private CA, as on a government network): trusted through the poller's ca_file, refused without.
#include "ConnectorTestUtil.h"
#include "FakeUpstream.h"
#include "IocdProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace connectortest;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("IOC_TEST_DATA") + QStringLiteral("/connectors/") + name;
}

QByteArray registry(quint16 port)
{
    QByteArray json = R"({"version": 1,
 "domains": [{"id": "gov", "label": {"vi": "Chính quyền", "en": "Government"}, "article": "14.3.c", "order": 1}],
 "sources": [{"id": "dept.trusted", "label": {"vi": "Sở A"}, "kind": "department", "expected_interval_s": 60},
             {"id": "dept.untrusted", "label": {"vi": "Sở B"}, "kind": "department", "expected_interval_s": 60}],
 "series": [{"id": "dossiers.on_time", "label": {"vi": "Hồ sơ đúng hạn"}, "domain": "gov", "unit": "%", "source": "dept.trusted"},
            {"id": "dossiers.late", "label": {"vi": "Hồ sơ trễ hạn"}, "domain": "gov", "source": "dept.untrusted"}],
 "connectors": {"pollers": [
   {"id": "poll.trusted", "source": "dept.trusted", "url": "BASE/dossiers", "ca_file": "CA_PEM_PATH",
    "interval_s": 1, "timeout_s": 2, "backoff_initial_s": 0.2, "backoff_max_s": 1,
    "mappings": [{"series": "dossiers.on_time", "value": "/ty_le_dung_han"}]},
   {"id": "poll.untrusted", "source": "dept.untrusted", "url": "BASE/dossiers",
    "interval_s": 1, "timeout_s": 2, "backoff_initial_s": 0.2, "backoff_max_s": 1,
    "mappings": [{"series": "dossiers.late", "value": "/tre_han"}]}]}})";
    // Outside the raw string: moc's tokenizer takes "//" in a raw string for a comment.
    json.replace("BASE", "https://127.0.0.1:" + QByteArray::number(port));
    return json.replace("CA_PEM_PATH", fixture("test-ca.pem").toUtf8());
}

} // namespace

class IocdHttpsPollerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_upstream.listen(fixture("upstream-cert.pem"), fixture("upstream-key.pem")));
        m_upstream.setJson("/dossiers", R"({"ty_le_dung_han": 97.5, "tre_han": 12})");
        const QString config = m_dir.filePath("series.json");
        QVERIFY(writeFile(config, registry(m_upstream.port())));
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath("data"),
                                               QStringList{"--series-config", config});
        QVERIFY(m_iocd->start());
        setDefaultBearer(m_iocd->login());
        QVERIFY(!defaultBearer().isEmpty());
    }

    void privateCaIsTrustedThroughCaFile()
    {
        QTRY_VERIFY_WITH_TIMEOUT(near(series("dossiers.on_time")["value"].toDouble(), 97.5), 15000);
        QCOMPARE(connector("dept.trusted")["state"].toString(), "up");
        QVERIFY(m_upstream.lastRequest("/dossiers").startsWith("GET /dossiers HTTP/1.1\r\n"));
    }

    void unknownCaIsRefused()
    {
        QTRY_COMPARE_WITH_TIMEOUT(connector("dept.untrusted")["state"].toString(), "failing",
                                  15000);
        const QString error = connector("dept.untrusted")["last_error"].toString();
        QVERIFY2(error.startsWith("tls handshake: ") && error.contains("certificate verify failed"),
                 qPrintable(error));
        QVERIFY(series("dossiers.late")["value"].isNull());
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }

private:
    QJsonObject series(const QString& id)
    {
        return findById(m_nam, m_iocd->httpUrl("/api/v1/series"), "series", id);
    }
    QJsonObject connector(const QString& sourceId)
    {
        const auto list =
            findById(m_nam, m_iocd->httpUrl("/api/v1/sources"), "sources", sourceId)["connectors"]
                .toArray();
        return list.isEmpty() ? QJsonObject{} : list[0].toObject();
    }

    QTemporaryDir m_dir;
    FakeUpstream m_upstream;
    QNetworkAccessManager m_nam;
    std::unique_ptr<IocdProcess> m_iocd;
};

QTEST_GUILESS_MAIN(IocdHttpsPollerTest)
#include "IocdHttpsPollerTest.moc"
