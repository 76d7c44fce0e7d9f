// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallController.h"

#include "SeriesListModel.h"
#include "ioc/client/BackendClient.h"
#include "ioc/domain/WallPlaylist.h"

namespace ioc::console {

namespace {

WallPolledFeed::Options alertOptions()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    return {QStringLiteral("alerts"), query, QStringLiteral("alerts"), 15'000};
}

WallPolledFeed::Options incidentOptions()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"),
                       QStringLiteral("new,acknowledged,in_progress,resolution_proposed"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    return {QStringLiteral("incidents"), query, QStringLiteral("incidents"), 60'000};
}

WallPolledFeed::Options sourceOptions()
{
    return {QStringLiteral("sources"), {}, QStringLiteral("sources"), 10'000};
}

} // namespace

WallController::WallController(client::BackendClient *client, client::ApiRequester *api,
                               SessionController *session, WorkstationController *workstation,
                               WallLayoutSource *layout, std::function<QDateTime()> now,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_api(api)
    , m_session(session)
    , m_workstation(workstation)
    , m_layout(layout)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentDateTime(); })
    , m_incidents(api, incidentOptions())
    , m_alerts(api, alertOptions())
    , m_sources(api, sourceOptions())
    , m_focus(m_now)
{
    connect(&m_focus, &WallFocusTracker::focusChanged, this, &WallController::focusChanged);
    connect(client, &client::BackendClient::incidentChanged, this,
            [this](const QString& change, const QJsonObject& incident) {
                onIncident(change, incident);
            });
    connect(&m_incidents, &WallPolledFeed::fetched, this, &WallController::rebuildIncidentMarkers);
    connect(&m_alerts, &WallPolledFeed::fetched, this, [this] {
        QList<QJsonObject> alerts;
        for (int row = 0; row < m_alerts.model()->rowCount(); ++row)
            alerts.append(m_alerts.model()->recordAt(row));
        m_focus.activeAlertsFetched(alerts);
    });
    connect(layout, &WallLayoutSource::layoutChanged, this, &WallController::applyLayout);
    connect(client, &client::BackendClient::stateChanged, this, &WallController::onConnectionState);
    m_minute.setInterval(1000); // the clock tile shows seconds; the shift follows the minute
    connect(&m_minute, &QTimer::timeout, this, &WallController::minuteChanged);
    m_minute.start();
    applyLayout();
}

void WallController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_incidents.start();
    m_alerts.start();
    m_sources.start();
    emit started();
}

void WallController::applyLayout()
{
    m_focus.setRule(m_layout->layout().focus);
    emit minuteChanged();
}

void WallController::onConnectionState()
{
    const bool connected = m_client->state() == client::ConnectionState::Connected;
    if (connected && m_offlineSince.isValid()) {
        m_offlineSince = {};
        emit offlineSinceChanged();
        m_incidents.refresh();
        m_alerts.refresh(); // back: nothing polled stays old
        m_sources.refresh();
    } else if (!connected && !m_offlineSince.isValid() &&
               m_client->state() != client::ConnectionState::Connecting) {
        const QDateTime last = m_client->lastDataAt();
        m_offlineSince = last.isValid() ? last : m_now().toUTC();
        emit offlineSinceChanged();
    }
}

void WallController::onIncident(const QString& change, const QJsonObject& incident)
{
    const QString status = incident.value(QLatin1String("status")).toString();
    const bool open = status != QLatin1String("closed") && !status.isEmpty();
    m_incidents.model()->upsert(incident, open);
    rebuildIncidentMarkers();
    m_focus.incidentChanged(change, incident);
}

void WallController::rebuildIncidentMarkers()
{
    std::vector<map::MapMarker> markers;
    const WallRecordModel *model = m_incidents.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject incident = model->recordAt(row);
        const QJsonObject location = incident.value(QLatin1String("location")).toObject();
        if (location.isEmpty())
            continue;
        map::MapMarker marker;
        marker.id = QStringLiteral("incident:") + recordId(incident);
        marker.kind = QStringLiteral("incident");
        marker.latitude = location.value(QLatin1String("lat")).toDouble();
        marker.longitude = location.value(QLatin1String("lon")).toDouble();
        marker.severity = incident.value(QLatin1String("severity")).toInt();
        marker.label = incident.value(QLatin1String("title")).toString();
        marker.timestamp = QDateTime::fromString(
            incident.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        marker.overdue = incident.value(QLatin1String("overdue")).toBool();
        markers.push_back(marker);
    }
    m_incidentMarkers.setMarkers(std::move(markers));
}

QVariantMap WallController::shiftName() const
{
    const auto& shifts = m_layout->layout().shifts;
    std::vector<int> starts;
    for (const WallShift& shift : shifts)
        starts.push_back(shift.startMinute);
    const QTime time = m_now().time();
    const auto index = domain::shiftAt(starts, time.hour() * 60 + time.minute());
    return index ? shifts[int(*index)].name : QVariantMap();
}

QVariantMap WallController::series(const QString& id) const
{
    SeriesListModel *model = m_workstation->seriesModel();
    const int row = model->rowOf(id);
    if (row < 0)
        return {};
    const QModelIndex index = model->index(row);
    QVariantMap map;
    const QHash<int, QByteArray> names = model->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model->data(index, it.key()));
    return map;
}

} // namespace ioc::console
