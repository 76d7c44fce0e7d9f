// SPDX-License-Identifier: GPL-3.0-or-later
// Which incident or alert the wall's focus screen shows, fed as the stream and the alert polls
// feed it, with an injected clock: a severe new incident takes it, acknowledging ends it, a lesser
// one never displaces it, alerts active at start take nothing, a new one does, and the time-out
// hands the screen back.
#include "WallFocusTracker.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ioc::console;

namespace {

QJsonObject incident(int id, int severity, const char *status)
{
    return {{"id", id},
            {"severity", severity},
            {"status", QLatin1String(status)},
            {"title", QStringLiteral("Ngập đường Lạch Tray")}};
}

QJsonObject alert(int id, int severity, const char *state = "active")
{
    return {{"id", id}, {"severity", severity}, {"state", QLatin1String(state)}};
}

} // namespace

class tst_WallFocusTracker : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);

    WallFocusTracker *tracker()
    {
        auto *t = new WallFocusTracker([this] { return m_now; }, this);
        ioc::domain::FocusRule rule;
        rule.minSeverity = 3;
        rule.timeout = std::chrono::seconds(300);
        t->setRule(rule);
        return t;
    }

private slots:
    void severeIncidentUntilAcknowledged()
    {
        WallFocusTracker *t = tracker();
        QSignalSpy changed(t, &WallFocusTracker::focusChanged);
        t->incidentChanged(QStringLiteral("created"), incident(7, 2, "new"));
        QVERIFY(t->focus().isEmpty());
        t->incidentChanged(QStringLiteral("created"), incident(8, 4, "new"));
        QCOMPARE(t->focus().value(QStringLiteral("kind")), QStringLiteral("incident"));
        QCOMPARE(t->focus().value(QStringLiteral("id")).toInt(), 8);
        QCOMPARE(t->focus().value(QStringLiteral("title")), QStringLiteral("Ngập đường Lạch Tray"));
        t->incidentChanged(QStringLiteral("created"), incident(9, 3, "new"));
        QCOMPARE(t->focus().value(QStringLiteral("id")).toInt(), 8); // lesser: stays on 8
        t->incidentChanged(QStringLiteral("transition"), incident(8, 4, "acknowledged"));
        QVERIFY(t->focus().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void alertsActiveAtStartTakeNothing()
    {
        WallFocusTracker *t = tracker();
        t->activeAlertsFetched({alert(1, 4)});
        QVERIFY(t->focus().isEmpty());
        t->activeAlertsFetched({alert(1, 4), alert(2, 3)});
        QCOMPARE(t->focus().value(QStringLiteral("kind")), QStringLiteral("alert"));
        QCOMPARE(t->focus().value(QStringLiteral("id")).toInt(), 2);
        t->activeAlertsFetched({alert(1, 4), alert(2, 3, "acknowledged")});
        QVERIFY(t->focus().isEmpty());
    }

    void timeoutHandsTheScreenBack()
    {
        WallFocusTracker *t = tracker();
        t->incidentChanged(QStringLiteral("created"), incident(8, 4, "new"));
        m_now = m_now.addSecs(299);
        t->tick();
        QVERIFY(!t->focus().isEmpty());
        m_now = m_now.addSecs(1);
        t->tick();
        QVERIFY(t->focus().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WallFocusTracker)
#include "tst_WallFocusTracker.moc"
