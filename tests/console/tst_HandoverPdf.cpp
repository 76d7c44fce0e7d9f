// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF record of one handover: rendered with poppler (pdftoppm) it is not blank, and its text
// (pdftotext) holds the Vietnamese headings with their diacritics; the items model under
// QAbstractItemModelTester keeps the incoming officer's ticks.
#include "HandoverItemModel.h"
#include "HandoverPdf.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using ioc::console::HandoverItemModel;

namespace {
QJsonObject item(const QString& key, const QString& kind, const QString& title, bool open)
{
    return {{"key", key},
            {"kind", kind},
            {"title", title},
            {"detail", ""},
            {"status", "in_progress"},
            {"owner", "officer"},
            {"deadline", "2026-11-28T23:30:00Z"},
            {"severity", 3},
            {"activity", QJsonValue::Null},
            {"open", open},
            {"carried_from", QJsonValue::Null},
            {"acknowledged_by", open ? QJsonValue("officer2") : QJsonValue(QJsonValue::Null)}};
}

QJsonObject handover()
{
    const QJsonObject night{{"id", "night"},
                            {"date", "2026-11-28"},
                            {"start", "2026-11-28T15:00:00Z"},
                            {"end", "2026-11-28T23:00:00Z"},
                            {"label", QJsonObject{{"vi", "Ca đêm"}, {"en", "Night shift"}}}};
    const QJsonObject morning{{"id", "morning"},
                              {"date", "2026-11-29"},
                              {"start", "2026-11-28T23:00:00Z"},
                              {"end", "2026-11-29T07:00:00Z"},
                              {"label", QJsonObject{{"vi", "Ca sáng"}, {"en", "Morning shift"}}}};
    return {{"id", 42},
            {"shift", night},
            {"next_shift", morning},
            {"signed_by", "officer"},
            {"signed_at", "2026-11-28T22:50:00Z"},
            {"notes", "Mưa lớn kéo dài ở Đồ Sơn; 100% đã báo"},
            {"status", "acknowledged"},
            {"acknowledged_by", "officer2"},
            {"acknowledged_at", "2026-11-28T23:05:00Z"},
            {"escalated_at", QJsonValue::Null},
            {"items", QJsonArray{item("incident:HP-2026-000001", "open_incident",
                                      "HP-2026-000001 Ngập sâu tại nút giao Hồ Sen", true),
                                 item("free:1", "free", "Gọi lại UBND phường Lê Chân %1", true),
                                 item("incident:HP-2026-000002", "incident_activity",
                                      "HP-2026-000002 Cháy xe máy", false)}},
            {"queries", QJsonArray{QJsonObject{{"id", 1},
                                               {"item", "free:1"},
                                               {"comment", "Gọi số nào?"},
                                               {"by", "officer2"},
                                               {"at", "2026-11-28T23:01:00Z"},
                                               {"answer", "Số trực ban"},
                                               {"answered_by", "officer"},
                                               {"answered_at", "2026-11-28T23:02:00Z"}}}},
            {"annotations", QJsonArray{QJsonObject{{"id", 1},
                                                   {"text", "Đề nghị theo dõi tiếp"},
                                                   {"by", "supervisor"},
                                                   {"at", "2026-11-29T01:00:00Z"}}}}};
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class tst_HandoverPdf : public QObject
{
    Q_OBJECT

private slots:
    void rendersAReadableVietnameseRecord()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("bien-ban.pdf");
        QCOMPARE(ioc::console::writeHandoverPdf(handover(), pdf), QString());
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // Rendered by poppler: a page that is not blank.
        QVERIFY(QProcess::execute("pdftoppm", {"-r", "60", "-png", "-singlefile", pdf,
                                               dir.filePath("page")}) == 0);
        const QImage page(dir.filePath("page.png"));
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 500, qPrintable(QString("only %1 dark pixels").arg(dark)));

        // Its text, in drawing order, holds the headings with every diacritic.
        QString text = run("pdftotext", {"-raw", pdf, "-"});
        text.replace(QRegularExpression("\\s+"), " ");
        for (const char *heading :
             {"Trung tâm Giám sát, điều hành thông minh thành phố Hải Phòng",
              "BIÊN BẢN GIAO NHẬN CA TRỰC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ca giao: Ca đêm",
              "Ca nhận: Ca sáng", "Nội dung bàn giao", "NGƯỜI GIAO CA", "NGƯỜI NHẬN CA",
              "Đề nghị theo dõi tiếp", "Ngập sâu tại nút giao Hồ Sen"})
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
        // Hai Phong time: the night shift of the 28th runs 22:00 to 06:00 on the 29th.
        QVERIFY(text.contains("22:00 28/11/2026"));
        QVERIFY(text.contains("06:00 29/11/2026"));
        // What people typed is shown as typed (no placeholder substitution).
        QVERIFY(text.contains("Lê Chân %1"));
        QVERIFY(text.contains("100% đã báo"));
    }

    void refusesAMissingFolder()
    {
        QVERIFY(!ioc::console::writeHandoverPdf(handover(), "/nonexistent/dir/x.pdf").isEmpty());
    }

    void itemModelKeepsTicksOfOpenItems()
    {
        HandoverItemModel model;
        QAbstractItemModelTester tester(&model);
        model.setItems(handover()["items"].toArray(), handover()["queries"].toArray());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.openCount(), 2);
        model.setChecked(0, true);
        model.setChecked(2, true); // information only: cannot be ticked
        QCOMPARE(model.checkedKeys(), QStringList{"incident:HP-2026-000001"});
        QCOMPARE(model.data(model.index(1), HandoverItemModel::QueryRole).toString(),
                 QString::fromUtf8("officer2: Gọi số nào? — officer: Số trực ban"));
        QCOMPARE(model.data(model.index(0), HandoverItemModel::DeadlineRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 28), QTime(23, 30), Qt::UTC));
        model.setItems(handover()["items"].toArray());
        QCOMPARE(model.checkedCount(), 1); // a reload keeps ticks of items still open
    }
};

QTEST_MAIN(tst_HandoverPdf)
#include "tst_HandoverPdf.moc"
