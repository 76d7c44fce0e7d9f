// SPDX-License-Identifier: GPL-3.0-or-later
// Tries every cell of the permission matrix in docs/security.md against a real iocd: the table is
// read from the document, so the document and the server cannot drift apart. Also fails when the
// server registers a route (router.add… under modules/server/src) that the table does not list.
#include "ApiClient.h"
#include "IocdProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// The columns of the table, in order.
const QStringList kCallers = {"anonymous", "officer",    "supervisor", "wall",
                              "admin",     "source key", "agency key", "channel key"};
// Inside the agency key's scope, and outside it.
const QString kScopedSeries = QStringLiteral("socio.iip_yoy");
const QString kOtherSeries = QStringLiteral("socio.export_turnover_month");

struct Row
{
    QString method;
    QString path;
    QStringList cells; // one per caller: allow, 401 or 403
};

QString sourceDir()
{
    return qEnvironmentVariable("IOC_SOURCE_DIR");
}

QList<Row> readMatrix()
{
    QFile f(sourceDir() + "/docs/security.md");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const auto begin = text.indexOf("<!-- matrix:begin -->");
    const auto end = text.indexOf("<!-- matrix:end -->");
    QList<Row> rows;
    if (begin < 0 || end < begin)
        return rows;
    static const QRegularExpression methodCell(QStringLiteral("^[A-Z]+$"));
    for (const QString& line : text.mid(begin, end - begin).split('\n')) {
        QStringList cells = line.split('|');
        if (cells.size() < 3)
            continue;
        cells = cells.mid(1, cells.size() - 2);
        for (auto& c : cells)
            c = c.trimmed();
        if (!methodCell.match(cells.value(0)).hasMatch())
            continue; // header and separator lines
        rows.append({cells[0], cells[1], cells.mid(2)});
    }
    return rows;
}

QSet<QString> serverRoutes()
{
    QSet<QString> routes;
    static const QRegularExpression add(
        QStringLiteral("router\\.add(?:Async)?\\(\\s*\"([A-Z]+)\"\\s*,\\s*\"([^\"]+)\""));
    QDirIterator it(sourceDir() + "/modules/server/src", {"*.cpp"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = add.globalMatch(text); m.hasNext();) {
            const auto match = m.next();
            routes.insert(match.captured(1) + ' ' + match.captured(2));
        }
    }
    return routes;
}

} // namespace

class IocdPermissionMatrixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An agency key made with the admin command, before the server starts.
        QByteArray out;
        QCOMPARE(IocdProcess::runCli({"apikey", "create", "--data-dir", m_dir.path(), "--kind",
                                      "agency", "--series", kScopedSeries, "--name", "test agency"},
                                     &out),
                 0);
        static const QRegularExpression keyRe(QStringLiteral("shown once\\): (\\S+)"));
        const auto m = keyRe.match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        m_agencyKey = m.captured(1).toUtf8();

        m_iocd = std::make_unique<IocdProcess>(m_dir.path(), QStringList{"--demo"});
        QVERIFY(m_iocd->start());
        for (const QString user : {"officer", "supervisor", "wall", "admin"}) {
            m_tokens[user] = m_iocd->login(user, "demo");
            QVERIFY(!m_tokens[user].isEmpty());
        }
        setDefaultBearer({}); // every request below says who it is
    }

    void matrixListsEveryRouteTheServerServes()
    {
        const auto rows = readMatrix();
        QVERIFY2(rows.size() > 10, "docs/security.md has no permission matrix");
        QSet<QString> documented;
        for (const auto& r : rows) {
            QCOMPARE(r.cells.size(), kCallers.size());
            for (const auto& c : r.cells)
                QVERIFY2(c == "allow" || c == "401" || c == "403", qPrintable(r.path + ": " + c));
            documented.insert(r.method + ' ' + r.path);
        }
        const auto served = serverRoutes();
        QVERIFY(!served.isEmpty());
        for (const auto& route : served)
            QVERIFY2(documented.contains(route),
                     qPrintable("route not in the matrix of docs/security.md: " + route));
        for (const auto& route : documented)
            QVERIFY2(served.contains(route),
                     qPrintable("matrix lists a route the server does not register: " + route));
    }

    void everyCell_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("expected");
        for (const auto& r : readMatrix())
            for (int i = 0; i < kCallers.size() && i < r.cells.size(); ++i)
                QTest::addRow("%s %s as %s", qPrintable(r.method), qPrintable(r.path),
                              qPrintable(kCallers[i]))
                    << r.method << r.path << kCallers[i] << r.cells[i];
    }

    void everyCell()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, caller);
        QFETCH(QString, expected);
        QString concrete = path;
        concrete.replace("{username}", "officer2");
        // A real record of the path's kind. Handover 1 is the one the officer's
        // POST /api/v1/handovers row signed (the matrix lists it first); other numeric ids are
        // the demo seed's (standing order 1 is the demo's).
        QString id = kScopedSeries;
        if (path.contains("/demo/"))
            id = QStringLiteral("storm");
        else if (path.contains("/sources/"))
            id = QStringLiteral("sensor.water_level");
        else if (path.contains("/forecast"))
            id = QStringLiteral("env.water_level.cam.cua_cam");
        else if (path.contains("/incidents/") || path.contains("/alerts/") ||
                 path.contains("/citizen-reports/") || path.contains("/handovers/") ||
                 path.contains("/standing-orders/"))
            id = QStringLiteral("1");
        concrete.replace("{id}", id);
        concrete.replace("{photo}", "1");
        concrete.replace("{query}", "1");
        concrete.replace("{forward}", "1");
        concrete.replace("{step}", "confirm_depth");

        QList<QPair<QByteArray, QByteArray>> headers;
        if (caller == "anonymous") {
            headers = {{"Authorization", {}}};
        } else if (caller == "source key") {
            headers = {{"X-Api-Key", "demo-source-key"}};
        } else if (caller == "agency key") {
            headers = {{"X-Api-Key", m_agencyKey}};
        } else if (caller == "channel key") {
            headers = {{"X-Api-Key", "demo-citizen-key"}};
        } else {
            // Logging out would end the shared session: log out a session of its own.
            const QByteArray token = method == "POST" && path == "/api/v1/logout"
                                         ? m_iocd->login(caller, "demo")
                                         : m_tokens.value(caller);
            QVERIFY(!token.isEmpty());
            headers = {{"Authorization", "Bearer " + token}};
        }
        // An empty object: admitted calls may answer 400, never change anything for real.
        const auto r =
            httpRequest(m_nam, method.toUtf8(), m_iocd->httpUrl(concrete), "{}", headers);
        if (expected == "allow") {
            // A 404 of the route's own (no alert 1 yet) is admitted; the router's is not.
            const bool routeMissing =
                r.status == 404 && r.json["error"].toObject()["code"].toString() == "not_found";
            QVERIFY2(r.status != 401 && r.status != 403 && !routeMissing && r.status != 405 &&
                         r.status != 0,
                     qPrintable(QString::number(r.status) + " " + QString::fromUtf8(r.body)));
        } else {
            QVERIFY2(r.status == expected.toInt(),
                     qPrintable(QString::number(r.status) + " " + QString::fromUtf8(r.body)));
            const QString code = r.json["error"].toObject()["code"].toString();
            QVERIFY2(expected == "403" ? code == "forbidden"
                                       : (code == "unauthenticated" || code == "missing_api_key"),
                     qPrintable(code));
        }
    }

    void agencyKeySeesOnlyItsSeries()
    {
        const QList<QPair<QByteArray, QByteArray>> agency{{"X-Api-Key", m_agencyKey}};
        const auto snap = httpRequest(m_nam, "GET", m_iocd->httpUrl("/api/v1/series"), {}, agency);
        QCOMPARE(snap.status, 200);
        const auto series = snap.json["series"].toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].toObject()["id"].toString(), kScopedSeries);
        QCOMPARE(httpRequest(m_nam, "GET",
                             m_iocd->httpUrl("/api/v1/series/" + kOtherSeries + "/history"), {},
                             agency)
                     .status,
                 404);

        // The stream: a point outside the scope is pushed first, one inside second; the key's
        // stream must show the second and never the first.
        StreamRecorder scoped(m_iocd->wsUrl("/api/v1/stream"), std::nullopt, m_agencyKey);
        QVERIFY(scoped.waitConnected());
        // A minute ahead (within the allowed skew): newer than anything the simulator made, so
        // both points replace the latest value and are published.
        const auto now = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        auto push = [&](const QString& id, double v) {
            const QJsonObject batch{
                {"source", "dept.thong_ke"},
                {"points",
                 QJsonArray{QJsonObject{{"series", id}, {"observed_at", now}, {"value", v}}}}};
            return httpRequest(m_nam, "POST", m_iocd->httpUrl("/api/v1/ingest"),
                               QJsonDocument(batch).toJson(), {{"X-Api-Key", "demo-source-key"}})
                .status;
        };
        QCOMPARE(push(kOtherSeries, 4242.5), 200);
        QCOMPARE(push(kScopedSeries, 4243.5), 200);
        auto seen = [&](const QString& id) {
            for (const auto& m : scoped.messages)
                if (m["series"].toObject()["id"].toString() == id)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(kScopedSeries), 20000);
        for (const auto& m : scoped.messages)
            if (m["type"].toString() == "series")
                QCOMPARE(m["series"].toObject()["id"].toString(), kScopedSeries);
    }

    void streamUpgradeNeedsCredentials()
    {
        StreamRecorder anonymous(m_iocd->wsUrl("/api/v1/stream"), QByteArray());
        QSignalSpy failed(&anonymous.socket,
                          qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QVERIFY(failed.wait(10000) || failed.count() > 0);
        QVERIFY(anonymous.socket.state() != QAbstractSocket::ConnectedState);

        StreamRecorder officer(m_iocd->wsUrl("/api/v1/stream"), m_tokens.value("officer"));
        QVERIFY(officer.waitConnected());
        StreamRecorder viaQuery(m_iocd->wsUrl("/api/v1/stream?access_token=" +
                                              QString::fromUtf8(m_tokens.value("wall"))),
                                QByteArray());
        QVERIFY(viaQuery.waitConnected());
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
    QHash<QString, QByteArray> m_tokens;
    QByteArray m_agencyKey;
};

QTEST_GUILESS_MAIN(IocdPermissionMatrixTest)
#include "IocdPermissionMatrixTest.moc"
