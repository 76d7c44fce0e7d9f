// SPDX-License-Identifier: GPL-3.0-or-later
// The console over TLS: login -> snapshot -> stream through https/wss to the real iocd (behind a
// test TLS front with certificates made by `openssl` now), the CA file, and refusal of a
// certificate that is not trusted or names another host.
#include "IocdProcess.h"
#include "SessionController.h"
#include "TlsProxy.h"
#include "ioc/client/AuthClient.h"
#include "ioc/client/BackendClient.h"
#include "ioc/client/TlsConfig.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using ioc::client::AuthClient;
using ioc::client::AuthError;
using ioc::client::AuthErrorKind;
using ioc::client::BackendClient;
using ioc::client::ConnectionState;
using ioc::client::Session;
using ioc::console::SessionController;

class tst_TlsIocd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;

    QString pem(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".pem")); }

    std::unique_ptr<TlsProxy> proxy(const QString& stem)
    {
        QFile cert(pem(stem + QStringLiteral("-cert")));
        QFile key(pem(stem + QStringLiteral("-key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return {};
        auto p = std::make_unique<TlsProxy>(QSslCertificate(&cert, QSsl::Pem),
                                            QSslKey(&key, QSsl::Rsa, QSsl::Pem), m_iocd->port());
        if (!p->listen(QHostAddress::LocalHost, 0))
            return {};
        return p;
    }

    QSslConfiguration trusting(const QString& stem)
    {
        QSslConfiguration tls;
        QString error;
        if (!ioc::client::makeTlsConfiguration(pem(stem + QStringLiteral("-cert")), &tls, &error))
            qWarning("%s", qPrintable(error));
        return tls;
    }

    static QUrl https(const TlsProxy& p)
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(p.serverPort()));
    }

    AuthError failedLogin(AuthClient& auth)
    {
        QSignalSpy failed(&auth, &AuthClient::loginFailed);
        QSignalSpy ok(&auth, &AuthClient::loggedIn);
        auth.login(QStringLiteral("officer"), QStringLiteral("demo"));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(failed.count() + ok.count() > 0, 15'000); }();
        return failed.isEmpty() ? AuthError{} : failed.first().first().value<AuthError>();
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeSelfSignedCertificate(
            m_dir.path(), QStringLiteral("good"), QStringLiteral("localhost"),
            {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}));
        QVERIFY(makeSelfSignedCertificate(m_dir.path(), QStringLiteral("otherhost"),
                                          QStringLiteral("other.example"),
                                          {QStringLiteral("DNS:other.example")}));
        m_iocd = std::make_unique<IocdProcess>(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(m_iocd->start());
    }

    void caFileIsChecked()
    {
        QSslConfiguration tls;
        QString error;
        QVERIFY(!ioc::client::makeTlsConfiguration(m_dir.filePath(QStringLiteral("nope.pem")), &tls,
                                                   &error));
        QVERIFY(error.contains(QLatin1String("nope.pem")));
        QVERIFY(!ioc::client::makeTlsConfiguration(pem(QStringLiteral("good-key")), &tls, &error));
        QVERIFY(error.contains(QLatin1String("no PEM certificate")));
        QVERIFY(ioc::client::makeTlsConfiguration(pem(QStringLiteral("good-cert")), &tls, &error));
        QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void untrustedCertificateIsRefused()
    {
        auto front = proxy(QStringLiteral("good"));
        QVERIFY(front);
        // Only the system's authorities: our self-made certificate is not among them.
        AuthClient auth(
            {.baseUrl = https(*front), .tls = QSslConfiguration::defaultConfiguration()});
        BackendClient backend({.baseUrl = https(*front)});
        SessionController session(&auth, &backend);
        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(session.error(), SessionController::LoginError::Certificate,
                                  15'000);
        QCOMPARE(session.certificateProblem(), SessionController::CertificateProblem::Untrusted);
        QVERIFY(!session.loggedIn());
        QVERIFY(!session.errorDetail().isEmpty());
        QCOMPARE(front->encryptedConnections(), 0);
    }

    void certificateForAnotherHostIsRefused()
    {
        auto front = proxy(QStringLiteral("otherhost"));
        QVERIFY(front);
        AuthClient auth({.baseUrl = https(*front), .tls = trusting(QStringLiteral("otherhost"))});
        const AuthError error = failedLogin(auth);
        QCOMPARE(error.kind, AuthErrorKind::Tls);
        QVERIFY2(error.tlsErrors.contains(QSslError::HostNameMismatch), qPrintable(error.detail));
    }

    void loginSnapshotAndStreamOverTls()
    {
        auto front = proxy(QStringLiteral("good"));
        QVERIFY(front);
        const QSslConfiguration tls = trusting(QStringLiteral("good"));
        AuthClient auth({.baseUrl = https(*front), .tls = tls});
        BackendClient backend({.baseUrl = https(*front), .initialBackoff = 50ms, .tls = tls});
        SessionController session(&auth, &backend);
        QSignalSpy updates(&backend, &BackendClient::seriesUpdated);
        session.login(QStringLiteral("officer"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(session.loggedIn(), 15'000);
        QCOMPARE(session.error(), SessionController::LoginError::None);
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), ConnectionState::Connected, 15'000);
        QCOMPARE(backend.snapshotCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 30'000);
        // login, domains, snapshot (maybe one connection each) and the wss stream.
        QVERIFY(front->encryptedConnections() >= 2);
        QCOMPARE(front->failedHandshakes(), 0);
    }

    void cleanupTestCase() { m_iocd.reset(); }
};

QTEST_GUILESS_MAIN(tst_TlsIocd)
#include "tst_TlsIocd.moc"
