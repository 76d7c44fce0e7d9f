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

    void streamMessagesKeepTheSortOrder()
    {
        ApiRequester api(deadEnd(), {}, [] { return QByteArray(); });
        IncidentListModel model(&api);
        model.sortBy(QStringLiteral("severity")); // most severe first
        QVERIFY(model.sortDescending());
        QTRY_VERIFY(!model.loading()); // the dead end answers: an empty list, nothing more
        QVERIFY(!model.hasMore());
        const auto ids = [&] {
            QList<qint64> out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.data(model.index(row), IncidentListModel::IdRole).toLongLong();
            return out;
        };
        model.applyChange(QStringLiteral("created"),
                          incident(1, QStringLiteral("a"), QStringLiteral("new"), 2));
        model.applyChange(QStringLiteral("created"),
                          incident(2, QStringLiteral("b"), QStringLiteral("new"), 4));
        model.applyChange(QStringLiteral("created"),
                          incident(3, QStringLiteral("c"), QStringLiteral("new"), 1));
        model.applyChange(QStringLiteral("created"),
                          incident(4, QStringLiteral("d"), QStringLiteral("new"), 2));
        // Severity first; equal severities by creation in the same direction (newest first).
        QCOMPARE(ids(), (QList<qint64>{2, 4, 1, 3}));
        // A changed severity moves the row; a change that keeps the order leaves it.
        model.applyChange(QStringLiteral("transition"),
                          incident(3, QStringLiteral("c"), QStringLiteral("acknowledged"), 3));
        QCOMPARE(ids(), (QList<qint64>{2, 3, 4, 1}));
        model.applyChange(QStringLiteral("note"),
                          incident(4, QStringLiteral("d2"), QStringLiteral("new"), 2));
        QCOMPARE(ids(), (QList<qint64>{2, 3, 4, 1}));
        model.applyChange(QStringLiteral("transition"),
                          incident(2, QStringLiteral("b"), QStringLiteral("new"), 1));
        QCOMPARE(ids(), (QList<qint64>{3, 4, 1, 2}));

        model.sortBy(QStringLiteral("severity")); // the same key: the other way round
        QVERIFY(!model.sortDescending());
        QTRY_VERIFY(!model.loading());
        model.clear();
        model.sortBy(QStringLiteral("status")); // a new key starts in lifecycle order
        QCOMPARE(model.sortKey(), QStringLiteral("status"));
        QVERIFY(!model.sortDescending());
        QTRY_VERIFY(!model.loading());
        model.applyChange(QStringLiteral("created"),
                          incident(10, QStringLiteral("x"), QStringLiteral("closed")));
        model.applyChange(QStringLiteral("created"),
                          incident(11, QStringLiteral("y"), QStringLiteral("new")));
        model.applyChange(QStringLiteral("created"),
                          incident(12, QStringLiteral("z"), QStringLiteral("in_progress")));
        QCOMPARE(ids(), (QList<qint64>{11, 12, 10}));

        model.clear();
        model.sortBy(QStringLiteral("deadline")); // soonest first, none (the latest) last
        QTRY_VERIFY(!model.loading());
        auto due = [](qint64 id, const char *at) {
            QJsonObject o = incident(id, QStringLiteral("t"), QStringLiteral("new"));
            if (at)
                o.insert(QStringLiteral("response_deadline"), QString::fromLatin1(at));
            return o;
        };
        model.applyChange(QStringLiteral("created"), due(20, nullptr));
        model.applyChange(QStringLiteral("created"), due(21, "2026-11-28T12:00:00Z"));
        model.applyChange(QStringLiteral("created"), due(22, "2026-11-28T10:00:00Z"));
        QCOMPARE(ids(), (QList<qint64>{22, 21, 20}));
        model.sortBy(QStringLiteral("title")); // not a sort key: ignored
        QCOMPARE(model.sortKey(), QStringLiteral("deadline"));
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
