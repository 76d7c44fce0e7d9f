// SPDX-License-Identifier: GPL-3.0-or-later
// The citizen report triage view against a real iocd in --demo (its simulator has sent the first
// batch of reports through the intake): the queue fills with urgency and duplicate groups, the
// selected report shows its photo thumbnail, and one step forwards it. The view is rendered
// offscreen to a PNG (kept in the test's output directory for people to look at) and checked
// for real content and for text that does not fit its place.
#include "CitizenReportController.h"
#include "IocdProcess.h"
#include "ioc/client/ApiRequester.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ioc_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

using ioc::console::CitizenReportController;

namespace {
const char kScene[] = "import QtQuick\n"
                      "import Ioc.Console\n"
                      "import Ioc.Views\n"
                      "Window {\n"
                      "  id: root\n"
                      "  required property CitizenReportController reports\n"
                      "  width: 1280; height: 720; visible: true; color: \"#0a0e13\"\n"
                      "  CitizenReportsView { anchors.fill: parent; anchors.margins: 10;\n"
                      "    reports: root.reports; canChange: true; language: \"vi\" }\n"
                      "}\n";

// Text items whose text does not fit: elided or wrapped texts are fine, clipped ones are not.
QStringList clippedTexts(QQuickItem *item)
{
    QStringList out;
    if (!item->isVisible() || item->opacity() == 0)
        return out;
    if (item->inherits("QQuickText") && !item->inherits("QQuickTextEdit") &&
        !item->inherits("QQuickTextInput")) {
        const bool elided = item->property("truncated").toBool();
        const int elide = item->property("elide").toInt();
        const int wrap = item->property("wrapMode").toInt();
        const qreal implicitW = item->implicitWidth();
        if (!elided && elide == 0 && wrap == 0 && item->width() > 0 &&
            implicitW > item->width() + 1)
            out << item->property("text").toString();
    }
    for (QQuickItem *child : item->childItems())
        out << clippedTexts(child);
    return out;
}
} // namespace

class tst_CitizenReportQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_iocd = std::make_unique<IocdProcess>(m_dir.path(), QStringList{"--demo"});
        QVERIFY(m_iocd->start());
        m_token = m_iocd->login("officer", "demo");
        QVERIFY(!m_token.isEmpty());
        m_api = std::make_unique<ioc::client::ApiRequester>(
            m_iocd->httpUrl("/"), QSslConfiguration::defaultConfiguration(),
            [this] { return m_token; });
    }

    void rendersTheTriageQueue()
    {
        CitizenReportController reports;
        reports.setApi(m_api.get());
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        reports.registerImageProvider(&engine);
        engine.setObjectOwnership(&reports, QQmlEngine::CppOwnership);

        QQmlComponent component(&engine);
        component.setData(kScene, QUrl());
        std::unique_ptr<QObject> root(
            component.createWithInitialProperties({{"reports", QVariant::fromValue(&reports)}}));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY2(window, qPrintable(component.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(window));

        reports.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(reports.queue()->rowCount() >= 10, 15000);
        QVERIFY(reports.groupCount() >= 1);
        QVERIFY(reports.markers()->rowCount() >= 10);
        // The first seeded report (with a photo) selected: its thumbnail arrives.
        reports.select(1);
        QTRY_VERIFY_WITH_TIMEOUT(reports.detailThumbnails().size() == 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(reports.detail().contains("timeline"), 15000);

        // Let images and the map settle, then look at it.
        QTest::qWait(500); // rendering only: every piece of data above was awaited
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString out = QDir(QStringLiteral(IOC_TEST_OUTPUT_DIR)).filePath("citizen-queue.png");
        QVERIFY(shot.save(out));
        qInfo("screenshot: %s", qPrintable(out));
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 300, qPrintable(QString::number(colours.size())));
        const QStringList clipped = clippedTexts(window->contentItem());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(" | ")));

        // One step: forward the selected report; the server's answer comes back as the detail.
        QSignalSpy accepted(&reports, &CitizenReportController::actionAccepted);
        reports.forward(QStringLiteral("UBND phường Lê Chân"), {}, 24, {});
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
        QCOMPARE(reports.detail().value("status").toString(), QString("forwarded"));
        QVERIFY(reports.errorMessage().isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_iocd)
            QCOMPARE(m_iocd->terminate(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IocdProcess> m_iocd;
    std::unique_ptr<ioc::client::ApiRequester> m_api;
    QByteArray m_token;
};

QTEST_MAIN(tst_CitizenReportQueue)
#include "tst_CitizenReportQueue.moc"
