// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/WallFocus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace ioc::console {

// Decides which incident or alert the wall's focus screen shows (rules in domain/WallFocus):
// fed with incident changes from the stream and the active alerts as fetched; the focus ends
// when its subject is acknowledged (or leaves the active list) or after the rule's time-out.
class WallFocusTracker : public QObject
{
    Q_OBJECT

public:
    explicit WallFocusTracker(std::function<QDateTime()> now, QObject *parent = nullptr);

    void setRule(const domain::FocusRule& rule) { m_rule = rule; }
    // The record on screen ({"kind": "incident"|"alert", …its JSON…}); empty when none.
    QVariantMap focus() const { return m_record; }

    // An incident was created or changed (stream).
    void incidentChanged(const QString& change, const QJsonObject& incident);
    // The active alerts as just fetched. The first list only marks what was already active
    // when the wall started (not raised "now", so it takes no screen).
    void activeAlertsFetched(const QList<QJsonObject>& alerts);
    // Checks the time-out (also run every second by the tracker itself).
    void tick();

signals:
    void focusChanged();

private:
    void apply(std::optional<domain::ActiveFocus> next, const QVariantMap& record);
    domain::TimePoint nowPoint() const;

    std::function<QDateTime()> m_now;
    domain::FocusRule m_rule;
    std::optional<domain::ActiveFocus> m_focus;
    QVariantMap m_record;
    QSet<QString> m_knownAlerts;
    bool m_alertsSeen = false;
    QTimer m_ticker;
};

} // namespace ioc::console
