// SPDX-License-Identifier: GPL-3.0-or-later
// iocd over TLS: a CA and a server certificate made at run time with the openssl CLI; health,
// login, snapshot and the WebSocket stream (token on the upgrade) over HTTPS/WSS for a client
// trusting that CA; refused for a client trusting another CA; a clear start-up error for an
// unreadable or mismatched key.
#include "IocdProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

namespace {

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A throw-away CA: key, self-signed certificate (valid two days), under `name` in `dir`.
QStringList caArgs(const QString& name)
{
    return {"req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-config",
            name + ".cnf",
            "-keyout",
            name + "-key.pem",
            "-out",
            name + ".pem"};
}

QByteArray caConfig(const QByteArray& commonName)
{
    return "[req]\ndistinguished_name = dn\nprompt = no\nx509_extensions = v3_ca\n"
           "[dn]\nCN = " +
           commonName +
           "\n[v3_ca]\nbasicConstraints = critical,CA:TRUE\n"
           "keyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n";
}

} // namespace

class IocdTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.isValid());
        // Two CAs; the server's certificate (127.0.0.1 and localhost) is signed by the first.
        QVERIFY(writeFile(pki("ca.cnf"), caConfig("IOC test CA")));
        QVERIFY(writeFile(pki("other-ca.cnf"), caConfig("Some other CA")));
        QVERIFY(writeFile(pki("server.cnf"), "[req]\ndistinguished_name = dn\nprompt = no\n"
                                             "[dn]\nCN = 127.0.0.1\n"));
        QVERIFY(writeFile(pki("server.ext"), "basicConstraints = CA:FALSE\n"
                                             "keyUsage = critical,digitalSignature\n"
                                             "extendedKeyUsage = serverAuth\n"
                                             "subjectAltName = IP:127.0.0.1,DNS:localhost\n"));
        QVERIFY(openssl(caArgs("ca")));
        QVERIFY(openssl(caArgs("other-ca")));
        QVERIFY(openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                         "-nodes", "-config", "server.cnf", "-keyout", "server-key.pem", "-out",
                         "server.csr"}));
        QVERIFY(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey",
                         "ca-key.pem", "-CAcreateserial", "-days", "2", "-extfile", "server.ext",
                         "-out", "server.pem"}));

        m_iocd = std::make_unique<IocdProcess>(
            m_data.path(), QStringList{"--demo", "--tls-cert", pki("server.pem"), "--tls-key",
                                       pki("server-key.pem")});
        QVERIFY(m_iocd->start());
    }

    void loginSnapshotAndStreamOverTls()
    {
        const auto trusting = trust("ca.pem");
        const auto health = get("/api/v1/health", trusting);
        QCOMPARE(health.error, QNetworkReply::NoError);
        QCOMPARE(health.status, 200);

        QCOMPARE(get("/api/v1/series", trusting).status, 401); // no token, no data
        const auto login = post("/api/v1/login", trusting,
                                "{\"username\":\"officer\",\"password\":\"demo\"}");
        QCOMPARE(login.status, 200);
        const QByteArray token =
            QJsonDocument::fromJson(login.body).object()["token"].toString().toUtf8();
        QVERIFY(token.size() >= 43); // 32 bytes, base64url

        const auto snapshot = get("/api/v1/series", trusting, token);
        QCOMPARE(snapshot.status, 200);
        const QJsonObject snap = QJsonDocument::fromJson(snapshot.body).object();
        QVERIFY(snap["series"].toArray().size() > 10);
        const qint64 seq = snap["seq"].toInteger(-1);
        QVERIFY(seq >= 0);

        // The stream resumes exactly after the snapshot, seqs consecutive, over WSS.
        QWebSocket ws;
        ws.setSslConfiguration(trusting);
        qint64 last = seq;
        int values = 0;
        QString problem;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m["type"].toString();
            const qint64 first = type == QLatin1String("series_batch") ? m["from_seq"].toInteger(-1)
                                                                       : m["seq"].toInteger(-1);
            if (first != last + 1)
                problem = QStringLiteral("unexpected message after seq %1: %2").arg(last).arg(text);
            last = m["seq"].toInteger(-1);
            if (type == QLatin1String("series"))
                ++values;
            else if (type == QLatin1String("series_batch"))
                values += int(m["series"].toArray().size());
        });
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QNetworkRequest upgrade(url("wss", QStringLiteral("/api/v1/stream?since=%1").arg(seq)));
        upgrade.setRawHeader("Authorization", "Bearer " + token);
        ws.open(upgrade);
        QVERIFY(connected.wait(10000));
        // The simulator moves fast sensors every few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(values >= 10 || !problem.isEmpty(), 20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ws.close();
    }

    void clientTrustingAnotherCaIsRefused()
    {
        const auto other = trust("other-ca.pem");
        const auto r = get("/api/v1/health", other);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);

        QWebSocket ws;
        ws.setSslConfiguration(other);
        QSignalSpy sslErrors(&ws, &QWebSocket::sslErrors);
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(url("wss", "/api/v1/stream"));
        QTRY_VERIFY_WITH_TIMEOUT(!sslErrors.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !disconnected.isEmpty() || ws.state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(connected.isEmpty());
    }

    void plainHttpIsNotServedOnTheTlsPort()
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(url("http", "/api/v1/health"))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    }

    void badCertificateOrKeyStopsTheStartWithAReason()
    {
        struct Case
        {
            QString cert, key, expected;
        };
        const QList<Case> cases{
            {pki("server.pem"), pki("other-ca-key.pem"), "does not match"},
            {pki("server.pem"), pki("missing-key.pem"), "cannot read"},
            {pki("server.cnf"), pki("server-key.pem"), "not a PEM certificate"},
        };
        for (const auto& c : cases) {
            QTemporaryDir data;
            IocdProcess iocd(data.path(), {"--tls-cert", c.cert, "--tls-key", c.key});
            QVERIFY(!iocd.start());
            const QString err = iocd.stderrText();
            QVERIFY2(err.contains(c.expected), qPrintable(err));
            QVERIFY2(err.contains(QFileInfo(c.key).fileName()) ||
                         err.contains(QFileInfo(c.cert).fileName()),
                     qPrintable(err));
        }
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }

private:
    struct Reply
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
    };

    QString pki(const QString& name) const { return m_pki.filePath(name); }

    bool openssl(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_pki.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(args.join(' ')),
                     p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // A client configuration that trusts only the CA certificate in `caFile`.
    QSslConfiguration trust(const QString& caFile) const
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const auto certs = QSslCertificate::fromPath(pki(caFile));
        [&] { QVERIFY(!certs.isEmpty()); }();
        conf.setCaCertificates(certs);
        return conf;
    }

    QUrl url(const QString& scheme, const QString& pathAndQuery) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(scheme)
                        .arg(m_iocd->port())
                        .arg(pathAndQuery));
    }

    Reply get(const QString& path, const QSslConfiguration& conf, const QByteArray& token = {})
    {
        return send(path, conf, token, nullptr);
    }

    Reply post(const QString& path, const QSslConfiguration& conf, const QByteArray& json)
    {
        return send(path, conf, {}, &json);
    }

    Reply send(const QString& path, const QSslConfiguration& conf, const QByteArray& token,
               const QByteArray* json)
    {
        QNetworkRequest request(url("https", path));
        request.setSslConfiguration(conf);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        // A manager per request: a cached connection would skip the handshake being tested.
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply;
        if (json) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            reply.reset(nam.post(request, *json));
        } else {
            reply.reset(nam.get(request));
        }
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return {QNetworkReply::TimeoutError, 0, {}};
        return {reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

    QTemporaryDir m_pki;
    QTemporaryDir m_data;
    std::unique_ptr<IocdProcess> m_iocd;
};

QTEST_MAIN(IocdTlsTest)
#include "IocdTlsTest.moc"
