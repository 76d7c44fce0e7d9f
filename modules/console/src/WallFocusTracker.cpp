// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallFocusTracker.h"

#include "WallLogging.h"
#include "WallRecordModel.h"

namespace ioc::console {

namespace {

QVariantMap withKind(const QJsonObject& record, const QString& kind)
{
    QVariantMap map = record.toVariantMap();
    map.insert(QStringLiteral("kind"), kind);
    return map;
}

int severityOf(const QJsonObject& record)
{
    return record.value(QLatin1String("severity")).toInt();
}

} // namespace

WallFocusTracker::WallFocusTracker(std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WallFocusTracker::tick);
}

domain::TimePoint WallFocusTracker::nowPoint() const
{
    return domain::TimePoint(std::chrono::milliseconds(m_now().toMSecsSinceEpoch()));
}

void WallFocusTracker::incidentChanged(const QString& change, const QJsonObject& incident)
{
    const QString id = recordId(incident);
    const QString status = incident.value(QLatin1String("status")).toString();
    if (change == QLatin1String("created") && status == QLatin1String("new")) {
        const domain::FocusSubject subject{"incident", id.toStdString(), severityOf(incident)};
        apply(domain::focusOnRaised(m_rule, m_focus, subject, nowPoint()),
              withKind(incident, QStringLiteral("incident")));
    } else if (status != QLatin1String("new")) {
        apply(domain::focusOnAcknowledged(m_focus, "incident", id.toStdString()), {});
    } else if (m_focus && m_focus->subject.kind == "incident" &&
               m_focus->subject.id == id.toStdString()) {
        m_record = withKind(incident, QStringLiteral("incident")); // e.g. a note: fresher details
        emit focusChanged();
    }
}

void WallFocusTracker::activeAlertsFetched(const QList<QJsonObject>& alerts)
{
    QSet<QString> active;
    for (const QJsonObject& alert : alerts) {
        const QString id = recordId(alert);
        if (alert.value(QLatin1String("state")).toString(QStringLiteral("active")) !=
            QLatin1String("active"))
            continue;
        active.insert(id);
        if (m_alertsSeen && !m_knownAlerts.contains(id)) {
            const domain::FocusSubject subject{"alert", id.toStdString(), severityOf(alert)};
            apply(domain::focusOnRaised(m_rule, m_focus, subject, nowPoint()),
                  withKind(alert, QStringLiteral("alert")));
        }
    }
    if (m_focus && m_focus->subject.kind == "alert" &&
        !active.contains(QString::fromStdString(m_focus->subject.id)))
        apply(domain::focusOnAcknowledged(m_focus, "alert", m_focus->subject.id), {});
    m_knownAlerts = active;
    m_alertsSeen = true;
}

void WallFocusTracker::tick()
{
    apply(domain::focusOnTick(m_rule, m_focus, nowPoint()), {});
}

void WallFocusTracker::apply(std::optional<domain::ActiveFocus> next, const QVariantMap& record)
{
    const bool same =
        next.has_value() == m_focus.has_value() &&
        (!next || (next->subject.kind == m_focus->subject.kind &&
                   next->subject.id == m_focus->subject.id && next->since == m_focus->since));
    if (same)
        return;
    const bool newSubject = next && (!m_focus || next->subject.kind != m_focus->subject.kind ||
                                     next->subject.id != m_focus->subject.id);
    m_focus = std::move(next);
    if (!m_focus) {
        qCInfo(lcWall) << "focus ended";
        m_record.clear();
        m_ticker.stop();
    } else if (newSubject) {
        qCInfo(lcWall).noquote() << "focus on" << QString::fromStdString(m_focus->subject.kind)
                                 << QString::fromStdString(m_focus->subject.id);
        m_record = record;
        m_ticker.start();
    }
    emit focusChanged();
}

} // namespace ioc::console
