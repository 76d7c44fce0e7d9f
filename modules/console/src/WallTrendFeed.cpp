// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallTrendFeed.h"

#include "WallController.h"
#include "ioc/client/ApiRequester.h"
#include "ioc/client/BackendClient.h"

#include <QJsonArray>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace ioc::console {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

WallTrendFeed::WallTrendFeed(QObject *parent)
    : QObject(parent)
{
    m_to = QDateTime::currentDateTimeUtc();
}

void WallTrendFeed::setWall(WallController *wall)
{
    if (wall == m_wall)
        return;
    disconnect(m_valueConnection);
    m_wall = wall;
    if (m_wall)
        m_valueConnection = connect(m_wall->client(), &client::BackendClient::seriesUpdated, this,
                                    [this](const protocol::SeriesValue& v) { onValue(v); });
    if (m_wall) { // the legend's labels and freshness arrive with the snapshot
        connect(m_wall->client(), &client::BackendClient::snapshotReceived, this,
                &WallTrendFeed::updateLegend, Qt::UniqueConnection);
        // History needs the token: asked for once signed in.
        connect(m_wall, &WallController::started, this, &WallTrendFeed::reload,
                Qt::UniqueConnection);
    }
    emit wallChanged();
    reload();
}

void WallTrendFeed::setSeriesIds(const QStringList& ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    m_points = QList<QList<QPointF>>(ids.size());
    m_lines.resize(ids.size());
    emit seriesIdsChanged();
    reload();
}

void WallTrendFeed::setWindowSeconds(int seconds)
{
    if (seconds == m_windowSeconds || seconds <= 0)
        return;
    m_windowSeconds = seconds;
    emit seriesIdsChanged();
    reload();
}

void WallTrendFeed::attach(int index, QObject *series)
{
    if (index < 0 || index >= m_lines.size())
        return;
    auto *line = qobject_cast<QXYSeries *>(series);
    m_lines[index] = line;
    if (line)
        line->replace(m_points[index]);
}

void WallTrendFeed::reload()
{
    ++m_generation;
    m_loaded = 0;
    updateLegend();
    if (!m_wall || m_ids.isEmpty() || !m_wall->isStarted())
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), rfc3339(to.addSecs(-m_windowSeconds)));
    query.addQueryItem(QStringLiteral("to"), rfc3339(to));
    for (int i = 0; i < m_ids.size(); ++i) {
        const quint64 generation = m_generation;
        m_wall->api()->get(
            QStringLiteral("series/%1/history").arg(m_ids[i]), query, this,
            [this, i, generation](const client::ApiReply& reply) {
                if (generation != m_generation)
                    return; // asked for another set since
                ++m_loaded;
                QList<QPointF> points;
                for (const QJsonValue& p : reply.body.value(QLatin1String("points")).toArray()) {
                    const QJsonObject o = p.toObject();
                    const QJsonValue v = o.value(QLatin1String("v"));
                    const QDateTime t = QDateTime::fromString(
                        o.value(QLatin1String("t")).toString(), Qt::ISODateWithMs);
                    if (t.isValid() && v.isDouble())
                        points.append(QPointF(double(t.toMSecsSinceEpoch()), v.toDouble()));
                }
                setPoints(i, points);
            });
    }
}

void WallTrendFeed::setPoints(int index, QList<QPointF> points)
{
    if (index < 0 || index >= m_points.size())
        return;
    m_points[index] = std::move(points);
    if (m_lines[index])
        m_lines[index]->replace(m_points[index]);
    updateRange();
}

void WallTrendFeed::appendPoint(int index, QPointF point)
{
    if (index < 0 || index >= m_points.size())
        return;
    QList<QPointF>& points = m_points[index];
    if (!points.isEmpty() && point.x() <= points.last().x())
        return; // an older observation does not move the line
    points.append(point);
    const double oldest = point.x() - 1000.0 * m_windowSeconds;
    qsizetype drop = 0;
    while (drop < points.size() && points[drop].x() < oldest)
        ++drop;
    points.remove(0, drop);
    if (QXYSeries *line = m_lines[index]) {
        if (drop > 0)
            line->removePoints(0, int(std::min<qsizetype>(drop, line->count())));
        line->append(point);
    }
    updateRange();
}

void WallTrendFeed::onValue(const protocol::SeriesValue& value)
{
    const int index = int(m_ids.indexOf(QString::fromStdString(value.id)));
    if (index < 0)
        return;
    if (value.value && value.observedAt)
        appendPoint(index,
                    QPointF(double(value.observedAt->time_since_epoch().count()), *value.value));
    updateLegend();
}

void WallTrendFeed::updateRange()
{
    double latest = 0;
    double lo = INFINITY;
    double hi = -INFINITY;
    for (const QList<QPointF>& points : std::as_const(m_points))
        for (const QPointF& p : points) {
            latest = std::max(latest, p.x());
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    if (latest > 0)
        m_to = QDateTime::fromMSecsSinceEpoch(qint64(latest), Qt::UTC);
    if (std::isfinite(lo)) {
        const double pad = std::max(1e-6, (hi - lo) * 0.08);
        m_min = lo - pad;
        m_max = hi + pad;
    }
    emit rangeChanged();
}

void WallTrendFeed::updateLegend()
{
    QVariantList legend;
    for (const QString& id : std::as_const(m_ids)) {
        QVariantMap entry = m_wall ? m_wall->series(id) : QVariantMap();
        entry.insert(QStringLiteral("id"), id);
        legend.append(entry);
    }
    if (legend == m_legend)
        return;
    m_legend = legend;
    emit legendChanged();
}

} // namespace ioc::console
