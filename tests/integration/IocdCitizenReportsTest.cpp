// SPDX-License-Identifier: GPL-3.0-or-later
// Citizen reports (issue 13) through a real iocd: the intake's refusals leave nothing behind, a
// good report with a photo is stored once with a server-made thumbnail, and the forward → unit's
// answer → accepted public answer path is what the channel reads back — without internal notes
// and without other channels' reports.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QByteArray pngPhoto(int w = 400, int h = 300)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(120, 105, 80));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

QJsonObject goodReport(const QString& ref)
{
    return QJsonObject{
        {"report_id", ref},
        {"text", QStringLiteral("Đường Lạch Tray ngập sâu khoảng 40 cm, xe máy chết máy")},
        {"category", "flooding"},
        {"location", QJsonObject{{"lat", 20.8480},
                                 {"lon", 106.6880},
                                 {"address", QStringLiteral("Số 5 Lạch Tray, phường Lê Chân")}}},
        {"contact",
         QJsonObject{{"name", QStringLiteral("Nguyễn Văn An")}, {"phone", "0912345678"}}},
    };
}

QByteArray body(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int fileCount(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class IocdCitizenReportsTest : public QObject
{
    Q_OBJECT

    QByteArray createChannelKey(const QString& channel)
    {
        QByteArray out;
        if (IocdProcess::runCli({"apikey", "create", "--data-dir", m_dir.path(), "--kind",
                                 "channel", "--channel", channel, "--name", channel + " test"},
                                &out) != 0)
            return {};
        static const QRegularExpression keyRe(QStringLiteral("shown once\\): (\\S+)"));
        return keyRe.match(QString::fromUtf8(out)).captured(1).toUtf8();
    }

    HttpResult send(const QByteArray& key, const QJsonObject& report)
    {
        return httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/citizen-reports"), body(report),
                           {{"X-Api-Key", key}, {"Content-Type", "application/json"}});
    }

    HttpResult act(qint64 id, const QJsonObject& action)
    {
        return httpRequest(m_nam, "POST",
                           m_iocd->httpUrl(QString("/api/v1/citizen-reports/%1/actions").arg(id)),
                           body(action), {{"Authorization", "Bearer " + m_officer}});
    }

    HttpResult publicStatus(const QByteArray& key, qint64 id)
    {
        return httpRequest(
            m_nam, "GET",
            m_iocd->httpUrl(QString("/api/v1/citizen-reports/%1/public-status").arg(id)), {},
            {{"X-Api-Key", key}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_appKey = createChannelKey("app");
        m_hotlineKey = createChannelKey("hotline");
        QVERIFY(!m_appKey.isEmpty() && !m_hotlineKey.isEmpty());
        m_iocd = std::make_unique<IocdProcess>(m_dir.path(), QStringList{"--demo"});
        QVERIFY(m_iocd->start());
        m_officer = m_iocd->login("officer", "demo");
        m_wall = m_iocd->login("wall", "demo");
        QVERIFY(!m_officer.isEmpty() && !m_wall.isEmpty());
        setDefaultBearer(m_officer);
    }

    void refusalsAreClearAndStoreNothing()
    {
        const QString photos = m_dir.path() + "/photos";
        const int filesBefore = fileCount(photos);
        const QByteArray png = pngPhoto().toBase64();

        struct Case
        {
            const char *name;
            QJsonObject report;
            int status;
            const char *code;
        };
        QList<Case> cases;
        auto with = [](QJsonObject o, const QString& key, const QJsonValue& v) {
            o[key] = v;
            return o;
        };
        const auto good = goodReport("REF-BAD");
        cases.append({"missing location", with(good, "location", QJsonValue::Null), 400,
                      "location_required"});
        cases.append({"Hà Nội",
                      with(good, "location", QJsonObject{{"lat", 21.0245}, {"lon", 105.853}}), 400,
                      "outside_city"});
        cases.append({"absurd point",
                      with(good, "location", QJsonObject{{"lat", 95.0}, {"lon", 500.0}}), 400,
                      "outside_city"});
        cases.append({"text too long", with(good, "text", QString(2001, QChar(0x1EAD))), 400,
                      "text_too_long"});
        // A valid photo next to one that is not an image: neither is written.
        cases.append(
            {"not an image",
             with(good, "photos",
                  QJsonArray{QString::fromLatin1(png),
                             QString::fromLatin1(QByteArray("GIF89a not really").toBase64())}),
             400, "not_an_image"});
        cases.append(
            {"PNG magic, no image",
             with(good, "photos",
                  QJsonArray{QString::fromLatin1(
                      (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')).toBase64())}),
             400, "not_an_image"});
        cases.append({"oversized photo",
                      with(good, "photos",
                           QJsonArray{QString::fromLatin1((QByteArray("\xFF\xD8\xFF\xE0", 4) +
                                                           QByteArray(4 * 1024 * 1024, 'x'))
                                                              .toBase64())}),
                      413, "photo_too_large"});
        QJsonArray five;
        for (int i = 0; i < 5; ++i)
            five.append(QString::fromLatin1(png));
        cases.append({"five photos", with(good, "photos", five), 400, "too_many_photos"});
        cases.append({"other channel", with(good, "channel", "hotline"), 403, "channel_mismatch"});
        cases.append(
            {"unknown category", with(good, "category", "aliens"), 400, "unknown_category"});

        for (const auto& c : cases) {
            const auto r = send(m_appKey, c.report);
            QVERIFY2(
                r.status == c.status,
                qPrintable(
                    QString("%1: %2 %3").arg(c.name).arg(r.status).arg(QString::fromUtf8(r.body))));
            QCOMPARE(r.json["error"].toObject()["code"].toString(), QString::fromLatin1(c.code));
        }
        // Not a JSON body at all, and a key of the wrong kind.
        QCOMPARE(httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/citizen-reports"), "not json",
                             {{"X-Api-Key", m_appKey}})
                     .status,
                 400);
        QCOMPARE(httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/citizen-reports"), body(good),
                             {{"X-Api-Key", "demo-source-key"}})
                     .status,
                 403);

        QCOMPARE(fileCount(photos), filesBefore);
        const auto list = httpRequest(
            m_nam, "GET", m_iocd->httpUrl("/api/v1/citizen-reports?status=all&channel=app"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json["reports"].toArray().size(), 0);
    }

    void goodReportIsStoredOnceWithThumbnail()
    {
        auto report = goodReport("APP-0001");
        report["photos"] = QJsonArray{QString::fromLatin1(pngPhoto(1280, 960).toBase64())};
        const auto r = send(m_appKey, report);
        QVERIFY2(r.status == 201, r.body.constData());
        m_reportId = r.json["id"].toInteger();
        QVERIFY(m_reportId > 0);
        QCOMPARE(r.json["status"].toString(), QString("received"));
        QVERIFY(!r.json.contains("contact"));

        const auto again = send(m_appKey, report);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json["id"].toInteger(), m_reportId);

        const auto detail = httpRequest(
            m_nam, "GET", m_iocd->httpUrl(QString("/api/v1/citizen-reports/%1").arg(m_reportId)));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json["contact"].toObject()["phone"].toString(), QString("0912345678"));
        QCOMPARE(detail.json["unit"].toObject()["code"].toString().size(), 5);
        const auto photos = detail.json["photos"].toArray();
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos[0].toObject()["mime"].toString(), QString("image/png"));
        QVERIFY(QFile::exists(m_dir.path() + "/photos/" +
                              photos[0].toObject()["sha256"].toString().left(2) + "/" +
                              photos[0].toObject()["sha256"].toString()));

        // Walls see the report, not the citizen's phone number.
        const auto asWall = httpRequest(
            m_nam, "GET", m_iocd->httpUrl(QString("/api/v1/citizen-reports/%1").arg(m_reportId)),
            {}, {{"Authorization", "Bearer " + m_wall}});
        QCOMPARE(asWall.status, 200);
        QVERIFY(!asWall.json.contains("contact"));

        const auto thumb = httpRequest(
            m_nam, "GET", m_iocd->httpUrl(photos[0].toObject()["thumbnail_url"].toString()));
        QCOMPARE(thumb.status, 200);
        QImage img;
        QVERIFY(img.loadFromData(thumb.body, "JPEG"));
        QCOMPARE(img.width(), 320);
        QCOMPARE(img.height(), 240);
    }

    void forwardAnswerAndPublicStatus()
    {
        QVERIFY(m_reportId > 0);
        StreamRecorder stream(m_iocd->wsUrl("/api/v1/stream"), m_officer);
        QVERIFY(stream.waitConnected());
        const QString deadline =
            QDateTime::currentDateTimeUtc().addSecs(24 * 3600).toString(Qt::ISODate);
        auto r = act(m_reportId, {{"action", "forward"},
                                  {"unit", QStringLiteral("UBND phường Lê Chân")},
                                  {"focal_point", QStringLiteral("Đ/c Hoa")},
                                  {"deadline", deadline},
                                  {"note", "NỘI BỘ: dân gọi nhiều lần"}});
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json["status"].toString(), QString("forwarded"));
        // Every console hears of it; the stream never carries the citizen's contact.
        auto streamed = [&] {
            for (const auto& m : stream.messages)
                if (m["type"] == "citizen_report" && m["change"] == "forward" &&
                    m["citizen_report"].toObject()["id"].toInteger() == m_reportId)
                    return m;
            return QJsonObject{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!streamed().isEmpty(), 10000);
        QVERIFY(!streamed()["citizen_report"].toObject().contains("contact"));

        auto pub = publicStatus(m_appKey, m_reportId);
        QCOMPARE(pub.status, 200);
        QCOMPARE(pub.json["status"].toString(), QString("in_progress"));
        QVERIFY(pub.json["message"].toString().contains(QStringLiteral("UBND phường Lê Chân")));
        // Other channels see nothing of it.
        QCOMPARE(publicStatus(m_hotlineKey, m_reportId).status, 404);

        // Accepting before the unit answered is refused.
        QCOMPARE(act(m_reportId, {{"action", "accept_answer"}}).status, 409);
        const QString answer = QStringLiteral("Phường đã khơi thông cống, nước đã rút lúc 10 giờ.");
        r = act(m_reportId, {{"action", "record_answer"}, {"answer", answer}});
        QCOMPARE(r.status, 200);
        // The unit's answer is not public until an officer accepts it.
        pub = publicStatus(m_appKey, m_reportId);
        QCOMPARE(pub.json["status"].toString(), QString("in_progress"));
        QVERIFY(!pub.body.contains(answer.toUtf8()));

        r = act(m_reportId, {{"action", "accept_answer"}, {"note", "NỘI BỘ: đã kiểm tra camera"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["status"].toString(), QString("answered"));
        pub = publicStatus(m_appKey, m_reportId);
        QCOMPARE(pub.json["status"].toString(), QString("answered"));
        QCOMPARE(pub.json["message"].toString(), answer);
        QCOMPARE(pub.json["report_id"].toString(), QString("APP-0001"));
        QVERIFY(!pub.body.contains("NỘI BỘ"));
        QVERIFY(!pub.body.contains("officer"));
        QVERIFY(!pub.body.contains("0912345678"));

        const auto stats =
            httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/citizen-reports/stats"));
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.json["received"].toInteger() >= 1);
        QVERIFY(stats.json["handled_on_time"].toInteger() >= 1);
        QVERIFY(stats.json["median_answer_s"].isDouble());
    }

    void rejectAndMakeIncident()
    {
        auto spam = goodReport("APP-0002");
        spam["text"] = QStringLiteral("Bán đất nền giá rẻ liên hệ ngay");
        spam["category"] = "other";
        const auto s = send(m_appKey, spam);
        QCOMPARE(s.status, 201);
        const auto spamId = s.json["id"].toInteger();
        QCOMPARE(act(spamId, {{"action", "reject"}}).json["error"].toObject()["code"].toString(),
                 QString("reason_required"));
        QCOMPARE(
            act(spamId, {{"action", "reject"}, {"reason", QStringLiteral("Nội dung quảng cáo")}})
                .status,
            200);
        const auto pub = publicStatus(m_appKey, spamId);
        QCOMPARE(pub.json["status"].toString(), QString("rejected"));
        QVERIFY(pub.json["message"].toString().contains(QStringLiteral("Nội dung quảng cáo")));

        auto fire = goodReport("APP-0003");
        fire["text"] = QStringLiteral("Khói đen bốc lên từ kho hàng trên đường Lê Thánh Tông");
        fire["category"] = "fire";
        const auto f = send(m_appKey, fire);
        QCOMPARE(f.status, 201);
        const auto fireId = f.json["id"].toInteger();
        const auto made = act(fireId, {{"action", "make_incident"}});
        QVERIFY2(made.status == 200, made.body.constData());
        const auto incidentId = made.json["incident_id"].toInteger();
        QVERIFY(incidentId > 0);
        const auto incident = httpRequest(
            m_nam, "GET", m_iocd->httpUrl(QString("/api/v1/incidents/%1").arg(incidentId)));
        QCOMPARE(incident.status, 200);
        QCOMPARE(incident.json["source_kind"].toString(), QString("citizen_report"));
        QCOMPARE(incident.json["source_ref"].toString(), QString::number(fireId));
        QCOMPARE(act(fireId, {{"action", "make_incident"}}).status, 409);
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    QNetworkAccessManager m_nam;
    QByteArray m_appKey;
    QByteArray m_hotlineKey;
    QByteArray m_officer;
    QByteArray m_wall;
    qint64 m_reportId = 0;
};

QTEST_MAIN(IocdCitizenReportsTest)
#include "IocdCitizenReportsTest.moc"
