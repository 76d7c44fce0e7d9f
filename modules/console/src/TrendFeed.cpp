// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendFeed.h"

#include "DashboardController.h"
#include "SeriesListModel.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc::console {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

qreal msOf(const QString& time)
{
    return static_cast<qreal>(QDateTime::fromString(time, Qt::ISODateWithMs).toMSecsSinceEpoch());
}

} // namespace

TrendFeed::TrendFeed(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrendFeed::flush);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TrendFeed::reload);
}

qint64 TrendFeed::stepFor(qint64 rangeSeconds)
{
    if (rangeSeconds <= 3600)
        return 0;
    if (rangeSeconds <= 86400)
        return 300;
    if (rangeSeconds <= 7 * 86400)
        return 1800;
    return 7200;
}

void TrendFeed::setController(DashboardController *controller)
{
    if (m_controller == controller)
        return;
    m_controller = controller;
    disconnect(m_seriesConnection);
    disconnect(m_resetConnection);
    if (controller && controller->seriesModel()) {
        m_seriesConnection = connect(controller->seriesModel(), &QAbstractItemModel::dataChanged,
                                     this, &TrendFeed::onSeriesChanged);
        // A new snapshot (sign-in, resync): the history may hold what we could not read before.
        m_resetConnection = connect(controller->seriesModel(), &QAbstractItemModel::modelReset,
                                    this, &TrendFeed::scheduleReload);
    }
    emit controllerChanged();
    scheduleReload();
}

void TrendFeed::setSeriesIds(const QStringList& ids)
{
    if (m_ids == ids)
        return;
    m_ids = ids;
    m_lines.assign(static_cast<std::size_t>(ids.size()), nullptr);
    emit seriesIdsChanged();
    scheduleReload();
}

void TrendFeed::setRangeSeconds(qint64 seconds)
{
    if (m_range == seconds || seconds <= 0)
        return;
    m_range = seconds;
    emit rangeSecondsChanged();
    scheduleReload();
}

void TrendFeed::attachLine(int index, QAbstractSeries *line)
{
    if (index < 0 || index >= m_ids.size())
        return;
    m_lines.resize(static_cast<std::size_t>(m_ids.size()));
    m_lines[static_cast<std::size_t>(index)] = qobject_cast<QXYSeries *>(line);
    if (auto *xy = m_lines[static_cast<std::size_t>(index)].data();
        xy && static_cast<std::size_t>(index) < m_data.size())
        xy->replace(m_data[static_cast<std::size_t>(index)]);
}

void TrendFeed::attachBand(QAbstractSeries *upper, QAbstractSeries *lower)
{
    m_upper = qobject_cast<QXYSeries *>(upper);
    m_lower = qobject_cast<QXYSeries *>(lower);
    if (m_upper && m_lower) {
        m_upper->replace(m_bandUpper);
        m_lower->replace(m_bandLower);
    }
}

void TrendFeed::scheduleReload()
{
    m_reloadTimer.start();
}

void TrendFeed::reload()
{
    const quint64 generation = ++m_generation;
    const auto n = static_cast<std::size_t>(m_ids.size());
    m_data.assign(n, {});
    m_live.assign(n, {});
    m_bandUpper.clear();
    m_bandLower.clear();
    for (auto& line : m_lines)
        if (line)
            line->clear();
    if (m_hasForecast) {
        m_hasForecast = false;
        emit forecastChanged();
    }
    const bool wasLoading = loading();
    m_pending = 0;
    if (!m_controller || !m_controller->requester() || m_ids.isEmpty()) {
        if (wasLoading)
            emit loadingChanged();
        updateExtent();
        return;
    }
    m_pending = static_cast<int>(n) + 1;
    if (!wasLoading)
        emit loadingChanged();
    for (std::size_t i = 0; i < n; ++i)
        requestHistory(static_cast<int>(i), generation);
    requestForecast(generation);
    m_flushTimer.start();
}

void TrendFeed::requestHistory(int index, quint64 generation)
{
    const QDateTime to = m_controller->now();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), rfc3339(to.addSecs(-m_range)));
    query.addQueryItem(QStringLiteral("to"), rfc3339(to));
    if (const qint64 step = stepFor(m_range))
        query.addQueryItem(QStringLiteral("step"), QString::number(step));
    const QString id = m_ids.at(index);
    m_controller->requester()->get(
        QStringLiteral("series/%1/history").arg(id), query, this,
        [this, index, generation](const client::ApiReply& reply) {
            if (generation != m_generation)
                return;
            QList<QPointF> points;
            for (const QJsonValue& v : reply.body.value(QLatin1String("points")).toArray()) {
                const QJsonObject p = v.toObject();
                const QJsonValue value = p.contains(QLatin1String("avg"))
                                             ? p.value(QLatin1String("avg"))
                                             : p.value(QLatin1String("v"));
                if (value.isDouble())
                    points.append({msOf(p.value(QLatin1String("t")).toString()), value.toDouble()});
            }
            auto& data = m_data[static_cast<std::size_t>(index)];
            // Live points that arrived while the history was on its way come after it.
            data = points + data;
            if (auto *line = m_lines[static_cast<std::size_t>(index)].data())
                line->replace(data);
            finishRequest();
        });
}

void TrendFeed::requestForecast(quint64 generation)
{
    QUrlQuery query;
    // A quarter of the range ahead, within what iocd forecasts (10 min to 2 days).
    query.addQueryItem(QStringLiteral("horizon_s"),
                       QString::number(std::clamp<qint64>(m_range / 4, 600, 172800)));
    m_controller->requester()->get(
        QStringLiteral("series/%1/forecast").arg(m_ids.first()), query, this,
        [this, generation](const client::ApiReply& reply) {
            if (generation != m_generation)
                return;
            // 404: the series is not forecastable (or the server has no forecasts): no band.
            if (reply.ok()) {
                for (const QJsonValue& v : reply.body.value(QLatin1String("points")).toArray()) {
                    const QJsonObject p = v.toObject();
                    const qreal t = msOf(p.value(QLatin1String("t")).toString());
                    if (p.value(QLatin1String("lower")).isDouble() &&
                        p.value(QLatin1String("upper")).isDouble()) {
                        m_bandUpper.append({t, p.value(QLatin1String("upper")).toDouble()});
                        m_bandLower.append({t, p.value(QLatin1String("lower")).toDouble()});
                    }
                }
                if (m_upper && m_lower) {
                    m_upper->replace(m_bandUpper);
                    m_lower->replace(m_bandLower);
                }
                m_hasForecast = !m_bandUpper.isEmpty();
                if (m_hasForecast)
                    emit forecastChanged();
            }
            finishRequest();
        });
}

void TrendFeed::finishRequest()
{
    if (m_pending > 0 && --m_pending == 0)
        emit loadingChanged();
    updateExtent();
}

void TrendFeed::onSeriesChanged(const QModelIndex& first, const QModelIndex& last,
                                const QList<int>& roles)
{
    if (!roles.isEmpty() && !roles.contains(SeriesListModel::ObservedAtRole))
        return;
    for (int r = first.row(); r <= last.row(); ++r) {
        const QModelIndex idx = first.model()->index(r, 0);
        const int i = m_ids.indexOf(idx.data(SeriesListModel::IdRole).toString());
        if (i < 0 || static_cast<std::size_t>(i) >= m_live.size())
            continue;
        const QVariant v = idx.data(SeriesListModel::ValueRole);
        const QDateTime t = idx.data(SeriesListModel::ObservedAtRole).toDateTime();
        if (v.typeId() == QMetaType::Double && t.isValid())
            m_live[static_cast<std::size_t>(i)].append(
                {static_cast<qreal>(t.toMSecsSinceEpoch()), v.toDouble()});
    }
}

void TrendFeed::flush()
{
    if (!m_controller)
        return;
    const qreal oldest =
        static_cast<qreal>(m_controller->now().addSecs(-m_range).toMSecsSinceEpoch());
    bool changed = false;
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        auto& data = m_data[i];
        QList<QPointF> fresh;
        for (const QPointF& p : std::as_const(m_live[i]))
            if (data.isEmpty() || p.x() > data.last().x())
                fresh.append(p);
        m_live[i].clear();
        qsizetype expired = 0;
        while (expired < data.size() && data[expired].x() < oldest)
            ++expired;
        if (fresh.isEmpty() && expired == 0)
            continue;
        changed = true;
        data.remove(0, expired);
        data.append(fresh);
        if (auto *line = m_lines[i].data()) {
            // One batch per line: removing the expired head and appending the new tail.
            if (expired > 0)
                line->removePoints(0,
                                   static_cast<int>(std::min<qsizetype>(expired, line->count())));
            line->append(fresh);
        }
    }
    if (changed)
        updateExtent();
}

void TrendFeed::updateExtent()
{
    const QDateTime now = m_controller ? m_controller->now() : QDateTime::currentDateTimeUtc();
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    int count = 0;
    auto take = [&](const QList<QPointF>& points) {
        for (const QPointF& p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    };
    for (const auto& data : m_data) {
        take(data);
        count += static_cast<int>(data.size());
    }
    take(m_bandUpper);
    take(m_bandLower);
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    // Headroom so lines do not touch the frame; a flat line gets a band around it.
    const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::fabs(hi) * 0.05);
    m_min = lo - pad;
    m_max = hi + pad;
    m_from = now.addSecs(-m_range);
    m_to = m_bandUpper.isEmpty()
               ? now
               : std::max(now, QDateTime::fromMSecsSinceEpoch(
                                   static_cast<qint64>(m_bandUpper.last().x()), QTimeZone::utc()));
    m_points = count;
    emit extentChanged();
}

} // namespace ioc::console
