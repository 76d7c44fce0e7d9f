// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

namespace ioc::console {

namespace {
// Hai Phong time (UTC+7, no daylight saving), as every record of the centre is kept.
QString local(const QJsonValue& v)
{
    if (!v.isString())
        return QStringLiteral("—");
    const auto t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

// '%' as an entity too: the record is filled with QString::arg, which must never see a "%1" typed
// by a person.
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('%'), QLatin1String("&#37;"));
}

QString str(const QJsonObject& o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString kindVi(const QString& kind)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("open_incident"), QStringLiteral("Sự cố đang mở")},
        {QStringLiteral("awaiting_approval"), QStringLiteral("Chờ lãnh đạo duyệt")},
        {QStringLiteral("alert"), QStringLiteral("Cảnh báo")},
        {QStringLiteral("source"), QStringLiteral("Nguồn dữ liệu chậm")},
        {QStringLiteral("standing_order"), QStringLiteral("Chỉ đạo thường trực")},
        {QStringLiteral("carried_forward"), QStringLiteral("Chuyển từ ca trước")},
        {QStringLiteral("free"), QStringLiteral("Nội dung bổ sung")},
        {QStringLiteral("incident_activity"), QStringLiteral("Đã đóng trong ca")}};
    return names.value(kind, kind);
}

QString itemRows(const QJsonObject& h)
{
    QHash<QString, QString> queries;
    for (const QJsonValue& v : h.value(QLatin1String("queries")).toArray()) {
        const QJsonObject q = v.toObject();
        queries[str(q, "item")] +=
            QStringLiteral("<br/><i>Hỏi lại (%1): %2%3</i>")
                .arg(esc(str(q, "by")), esc(str(q, "comment")),
                     str(q, "answer").isEmpty()
                         ? QString()
                         : QStringLiteral(" — Trả lời: ") + esc(str(q, "answer")));
    }
    QString rows;
    int n = 0;
    for (const QJsonValue& v : h.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = v.toObject();
        QString what = esc(str(i, "title"));
        if (!str(i, "detail").isEmpty())
            what += QStringLiteral("<br/>") + esc(str(i, "detail"));
        if (!str(i, "owner").isEmpty())
            what += QStringLiteral("<br/>Phụ trách: ") + esc(str(i, "owner"));
        if (i.value(QLatin1String("deadline")).isString())
            what += QStringLiteral("<br/>Thời hạn: ") + local(i.value(QLatin1String("deadline")));
        what += queries.value(str(i, "key"));
        const QString taken = !i.value(QLatin1String("open")).toBool() ? QStringLiteral("(để biết)")
                              : str(i, "acknowledged_by").isEmpty()
                                  ? QStringLiteral("Chưa nhận")
                                  : QStringLiteral("Đã nhận: ") + esc(str(i, "acknowledged_by"));
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(++n)
                    .arg(kindVi(str(i, "kind")), what, taken);
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan='4'>Không có nội dung tồn đọng.</td></tr>");
    return rows;
}
} // namespace

QString handoverRecordHtml(const QJsonObject& h)
{
    const QJsonObject shift = h.value(QLatin1String("shift")).toObject();
    const QJsonObject next = h.value(QLatin1String("next_shift")).toObject();
    const auto label = [](const QJsonObject& s) {
        return esc(
            s.value(QLatin1String("label")).toObject().value(QLatin1String("vi")).toString());
    };
    QString annotations;
    for (const QJsonValue& v : h.value(QLatin1String("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        annotations +=
            QStringLiteral("<p>%1 (%2, %3)</p>")
                .arg(esc(str(a, "text")), esc(str(a, "by")), local(a.value(QLatin1String("at"))));
    }
    const bool done = str(h, "status") == QLatin1String("acknowledged");
    return QStringLiteral(
               "<html><body style='font-family:\"Noto Serif\"; font-size:11pt'>"
               "<table width='100%'><tr>"
               "<td align='center' width='45%'>UBND THÀNH PHỐ HẢI PHÒNG<br/><b>Trung tâm Giám sát, "
               "điều hành thông minh thành phố Hải Phòng</b></td>"
               "<td align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự "
               "do - "
               "Hạnh phúc</b></td></tr></table>"
               "<h2 align='center'>BIÊN BẢN GIAO NHẬN CA TRỰC</h2>"
               "<p align='center'>Số: %1</p>"
               "<p><b>Ca giao:</b> %2, từ %3 đến %4<br/><b>Ca nhận:</b> %5, từ %6 đến %7<br/>"
               "<b>Người giao ca:</b> %8, ký lúc %9<br/><b>Người nhận ca:</b> %10%11<br/>"
               "<b>Trạng thái:</b> %12%13</p>"
               "<h3>I. Nội dung bàn giao</h3>"
               "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
               "<tr><th>TT</th><th>Loại</th><th>Nội dung</th><th>Tiếp nhận</th></tr>%14</table>"
               "<h3>II. Ghi chú của người giao ca</h3><p>%15</p>"
               "<h3>III. Ý kiến của lãnh đạo</h3>%16"
               "<br/><table width='100%'><tr>"
               "<td align='center' width='50%'><b>NGƯỜI GIAO CA</b><br/><i>(đã ký điện "
               "tử)</i><br/><br/>%8</td>"
               "<td align='center'><b>NGƯỜI NHẬN CA</b><br/><i>%17</i><br/><br/>%10</td>"
               "</tr></table></body></html>")
        .arg(QString::number(h.value(QLatin1String("id")).toInteger()), label(shift),
             local(shift.value(QLatin1String("start"))), local(shift.value(QLatin1String("end"))),
             label(next), local(next.value(QLatin1String("start"))),
             local(next.value(QLatin1String("end"))), esc(str(h, "signed_by")),
             local(h.value(QLatin1String("signed_at"))))
        .arg(done ? esc(str(h, "acknowledged_by")) : QStringLiteral("—"),
             done ? QStringLiteral(", nhận lúc ") + local(h.value(QLatin1String("acknowledged_at")))
                  : QString(),
             done ? QStringLiteral("Đã giao nhận xong") : QStringLiteral("Chờ ca sau tiếp nhận"),
             h.value(QLatin1String("escalated_at")).isString()
                 ? QStringLiteral(" (đã báo lãnh đạo ca lúc %1)")
                       .arg(local(h.value(QLatin1String("escalated_at"))))
                 : QString(),
             itemRows(h),
             str(h, "notes").isEmpty() ? QStringLiteral("Không có.") : esc(str(h, "notes")),
             annotations.isEmpty() ? QStringLiteral("<p>Không có.</p>") : annotations,
             done ? QStringLiteral("(đã xác nhận điện tử)") : QStringLiteral("(chưa xác nhận)"));
}

QString writeHandoverPdf(const QJsonObject& handover, const QString& path)
{
    if (!QFileInfo(path).dir().exists())
        return QStringLiteral("no such folder: ") + QFileInfo(path).absolutePath();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Biên bản giao nhận ca trực số %1")
                        .arg(handover.value(QLatin1String("id")).toInteger()));
    writer.setCreator(QStringLiteral("ioc-console"));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // measure fonts at the PDF's 300 dpi
    QFont font(QStringLiteral("Noto Serif"));
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    doc.setHtml(handoverRecordHtml(handover));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write ") + path;
    // QTextDocument::print() needs QPrinter (Qt PrintSupport); paint page by page instead.
    const QSizeF page = doc.pageSize();
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * page.height());
        doc.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return {};
}

} // namespace ioc::console
