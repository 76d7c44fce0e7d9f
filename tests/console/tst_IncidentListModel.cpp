// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentListModel's live side without a server: stream messages insert, update and drop rows
// by the filters in force (search folded like the server's), and overdue is judged by the clock.
#include "IncidentListModel.h"
#include "IncidentUnitModel.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using ioc::client::ApiRequester;
using ioc::console::IncidentListModel;

namespace {

QJsonObject incident(qint64 id, const QString& title, const QString& status, int severity = 2)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ref"), QStringLiteral("HP-2026-%1").arg(id, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("overdue"), false}};
}

// A loopback port nothing listens on: the model's own page requests fail fast and harmlessly.
QUrl deadEnd()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
}

} // namespace

class tst_IncidentListModel : public QObject
{
    Q_OBJECT

private slots:
    void streamMessagesFollowTheFilters()
    {
        ApiRequester api(deadEnd(), {}, [] { return QByteArray(); });
        IncidentListModel model(&api);
        model.setStatusFilter(QStringLiteral("new,acknowledged"));
        model.setSearch(QStringLiteral("da nang"));
        model.reload();
        QTRY_VERIFY(!model.loading());

        model.applyChange(
            QStringLiteral("created"),
            incident(1, QStringLiteral("Cây đổ đường Đà Nẵng"), QStringLiteral("new")));
        model.applyChange(QStringLiteral("created"),
                          incident(2, QStringLiteral("Ngập Lạch Tray"), QStringLiteral("new")));
        QCOMPARE(model.rowCount(), 1); // "da nang" does not find Lạch Tray
        model.applyChange(QStringLiteral("created"),
                          incident(3, QStringLiteral("Đà Nẵng: mất điện"), QStringLiteral("new")));
        QCOMPARE(model.rowOf(3), 0); // newest on top

        model.applyChange(
            QStringLiteral("transition"),
            incident(1, QStringLiteral("Cây đổ đường Đà Nẵng"), QStringLiteral("acknowledged")));
        QCOMPARE(model.data(model.index(model.rowOf(1)), IncidentListModel::StatusRole),
                 QVariant(QStringLiteral("acknowledged")));
        // In progress is outside the status filter: the row leaves the list.
        model.applyChange(
            QStringLiteral("transition"),
            incident(1, QStringLiteral("Cây đổ đường Đà Nẵng"), QStringLiteral("in_progress")));
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(model.rowCount(), 1);
        // A change to an incident not held (and not new) does not add it.
        model.applyChange(QStringLiteral("note"),
                          incident(9, QStringLiteral("Đà Nẵng"), QStringLiteral("new")));
        QCOMPARE(model.rowOf(9), -1);
    }

    void overdueIsJudgedAgainstTheClock()
    {
        ApiRequester api(deadEnd(), {}, [] { return QByteArray(); });
        IncidentListModel model(&api);
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate);
        model.setClock([&] { return now; });
        QJsonObject late = incident(5, QStringLiteral("Sạt lở"), QStringLiteral("in_progress"));
        late.insert(QStringLiteral("response_deadline"), QStringLiteral("2026-11-28T09:59:00Z"));
        model.applyChange(QStringLiteral("created"), late);
        QVERIFY(model.data(model.index(0), IncidentListModel::OverdueRole).toBool());
        late.insert(QStringLiteral("status"), QStringLiteral("closed"));
        model.applyChange(QStringLiteral("transition"), late);
        QVERIFY(!model.data(model.index(0), IncidentListModel::OverdueRole).toBool());
    }

    void unitsAreFoundWithoutDiacritics()
    {
        ioc::console::IncidentUnitModel units;
        units.setUnits(QJsonArray{
            QJsonObject{{QStringLiteral("code"), QStringLiteral("1")},
                        {QStringLiteral("name"), QStringLiteral("Đồ Sơn")},
                        {QStringLiteral("full_name"), QStringLiteral("Phường Đồ Sơn")}},
            QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                        {QStringLiteral("name"), QStringLiteral("Lê Chân")},
                        {QStringLiteral("full_name"), QStringLiteral("Phường Lê Chân")}}});
        QCOMPARE(units.rowCount(), 2);
        units.setFilter(QStringLiteral("do son"));
        QCOMPARE(units.rowCount(), 1);
        QCOMPARE(units.data(units.index(0), ioc::console::IncidentUnitModel::CodeRole),
                 QVariant(QStringLiteral("1")));
        units.setFilter(QStringLiteral("PHUONG le"));
        QCOMPARE(units.rowCount(), 1);
        QCOMPARE(units.fullName(QStringLiteral("2")), QStringLiteral("Phường Lê Chân"));
    }
};

QTEST_GUILESS_MAIN(tst_IncidentListModel)
#include "tst_IncidentListModel.moc"
