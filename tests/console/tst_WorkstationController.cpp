// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"
#include "TestData.h"
#include "UiLanguage.h"
#include "WorkstationController.h"
#include "ioc/client/BackendClient.h"
#include "ioc/protocol/Stream.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using ioc::client::ConnectionState;
using ioc::console::SeriesListModel;
using ioc::console::UiLanguage;
using ioc::console::WorkstationController;
namespace protocol = ioc::protocol;
namespace td = ioc::testdata;

class tst_WorkstationController : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsBuiltIn()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/ioc_vi.qm")),
                 "translations are built by ioc-console_lrelease");
    }

    void wiresClientIntoModels()
    {
        FakeBackend fake;
        fake.domainsBody = QByteArray::fromStdString(protocol::encodeDomains(td::domains()));
        fake.snapshotBody = QByteArray::fromStdString(protocol::encodeSnapshot(td::snapshot(10)));
        QVERIFY(fake.listen());
        ioc::client::BackendClient client({.baseUrl = fake.baseUrl(), .initialBackoff = 20ms});
        UiLanguage language;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WorkstationController controller(&client, &language, &settings);
        QSignalSpy state(&controller, &WorkstationController::connectionStateChanged);
        QSignalSpy updates(&controller, &WorkstationController::updateCountChanged);

        QCOMPARE(controller.backendUrl(), fake.baseUrl());
        client.start();
        QTRY_COMPARE(controller.connectionState(), ConnectionState::Connected);
        QVERIFY(state.count() >= 1);
        QCOMPARE(controller.seriesModel()->rowCount(), 5);
        QCOMPARE(controller.domainModel()->rowCount(), 3);
        // Domains come sorted by their order.
        QCOMPARE(controller.domainModel()->index(0).data().toString(),
                 QStringLiteral("Chỉ tiêu kinh tế - xã hội"));
        QCOMPARE(controller.sortedSeries()->rowCount(), 5);
        QVERIFY(controller.lastDataAt().isValid());

        fake.send(QByteArray::fromStdString(protocol::encodeStreamMessage(
            {11, protocol::SeriesDelta{td::value("socio.cpi", 104.25, "2026-11-28T05:00:00Z")}})));
        QTRY_COMPARE(controller.updateCount(), 1);
        QCOMPARE(updates.count(), 1);
        const auto *model = controller.seriesModel();
        QCOMPARE(model->index(model->rowOf(QStringLiteral("socio.cpi")))
                     .data(SeriesListModel::DisplayValueRole)
                     .toString(),
                 QStringLiteral("104,3"));
    }

    void switchesLanguageLiveAndRemembersIt()
    {
        ioc::client::BackendClient client({.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"))});
        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("vi")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        QSettings settings(file, QSettings::IniFormat);
        WorkstationController controller(&client, &language, &settings);
        QCOMPARE(controller.language(), QStringLiteral("vi"));
        QCOMPARE(QCoreApplication::translate("ConnectionBadge", "Connected"),
                 QStringLiteral("Đã kết nối"));

        QSignalSpy changed(&controller, &WorkstationController::languageChanged);
        QVERIFY(controller.setLanguage(QStringLiteral("en")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.language(), QStringLiteral("en"));
        QCOMPARE(controller.seriesModel()->language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ConnectionBadge", "Connected"),
                 QStringLiteral("Connected"));
        QCOMPARE(UiLanguage::saved(QSettings(file, QSettings::IniFormat)), QStringLiteral("en"));

        QVERIFY(!controller.setLanguage(QStringLiteral("fr")));
        QCOMPARE(controller.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);

        // The command-line override applies without being remembered.
        QVERIFY(controller.applyLanguage(QStringLiteral("vi")));
        QCOMPARE(QCoreApplication::translate("ConnectionBadge", "Reconnecting…"),
                 QStringLiteral("Đang kết nối lại…"));
        QCOMPARE(UiLanguage::saved(QSettings(file, QSettings::IniFormat)), QStringLiteral("en"));
    }

    void savedLanguageDefaultsToVietnamese()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(UiLanguage::saved(settings), QStringLiteral("vi"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(UiLanguage::saved(settings), QStringLiteral("vi"));
    }
};

QTEST_GUILESS_MAIN(tst_WorkstationController)
#include "tst_WorkstationController.moc"
