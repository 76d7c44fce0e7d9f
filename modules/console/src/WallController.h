// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarkerModel.h"
#include "SessionController.h"
#include "WallFocusTracker.h"
#include "WallLayoutSource.h"
#include "WallPolledFeed.h"
#include "WorkstationController.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ioc::client {
class ApiRequester;
class BackendClient;
} // namespace ioc::client

namespace ioc::console {

// Everything a wall window binds to: the live series and domains (through the workstation
// controller it shares), incidents, alerts, the sources' freshness, the layout, the focus
// subject and the shift on duty. Built in main; one for all of the wall's windows.
class WallController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the wall windows")
    Q_PROPERTY(ioc::console::WorkstationController *workstation READ workstation CONSTANT)
    // Open incidents, newest first (polled, and kept current from the stream).
    Q_PROPERTY(ioc::console::WallPolledFeed *incidents READ incidents CONSTANT)
    // The open incidents that have a place, as map markers (kind "incident").
    Q_PROPERTY(ioc::map::MapMarkerModel *incidentMarkers READ incidentMarkers CONSTANT)
    Q_PROPERTY(ioc::console::SessionController *session READ session CONSTANT)
    Q_PROPERTY(ioc::console::WallPolledFeed *alerts READ alerts CONSTANT)
    Q_PROPERTY(ioc::console::WallPolledFeed *sources READ sources CONSTANT)
    Q_PROPERTY(ioc::console::WallLayoutSource *layoutSource READ layoutSource CONSTANT)
    Q_PROPERTY(QVariantMap focus READ focus NOTIFY focusChanged)
    Q_PROPERTY(QVariantMap shiftName READ shiftName NOTIFY minuteChanged)
    Q_PROPERTY(QDateTime now READ now NOTIFY minuteChanged)
    // When the series data was last known good (kept while the backend is unreachable).
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY offlineSinceChanged)

public:
    WallController(client::BackendClient *client, client::ApiRequester *api,
                   SessionController *session, WorkstationController *workstation,
                   WallLayoutSource *layout, std::function<QDateTime()> now = {},
                   QObject *parent = nullptr);

    WorkstationController *workstation() { return m_workstation; }
    WallPolledFeed *incidents() { return &m_incidents; }
    map::MapMarkerModel *incidentMarkers() { return &m_incidentMarkers; }
    SessionController *session() { return m_session; }
    WallPolledFeed *alerts() { return &m_alerts; }
    WallPolledFeed *sources() { return &m_sources; }
    WallLayoutSource *layoutSource() { return m_layout; }
    QVariantMap focus() const { return m_focus.focus(); }
    QVariantMap shiftName() const;
    QDateTime now() const { return m_now(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    client::ApiRequester *api() { return m_api; }
    client::BackendClient *client() { return m_client; }

    // The series' label, unit, value, status and observation time (empty map if unknown).
    Q_INVOKABLE QVariantMap series(const QString& id) const;
    // Ends the focus now (e.g. a tap on the wall's touch screen).
    void tickFocus() { m_focus.tick(); }

    // Starts the feeds (after signing in: they need the token).
    void start();
    bool isStarted() const { return m_started; }

signals:
    // Signed in and the feeds started: requests that need the token may go out now.
    void started();
    void focusChanged();
    void minuteChanged();
    void offlineSinceChanged();

private:
    void applyLayout();
    void onConnectionState();
    void onIncident(const QString& change, const QJsonObject& incident);
    void rebuildIncidentMarkers();

    client::BackendClient *m_client;
    client::ApiRequester *m_api;
    SessionController *m_session;
    WorkstationController *m_workstation;
    WallLayoutSource *m_layout;
    std::function<QDateTime()> m_now;
    WallPolledFeed m_incidents;
    map::MapMarkerModel m_incidentMarkers;
    WallPolledFeed m_alerts;
    WallPolledFeed m_sources;
    WallFocusTracker m_focus;
    QTimer m_minute;
    QDateTime m_offlineSince;
    bool m_started = false;
};

} // namespace ioc::console
