// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardController.h"

#include "Logging.h"
#include "SeriesListModel.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <vector>

namespace ioc::console {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

DashboardController::DashboardController(Options options, client::ApiRequester *requester,
                                         SeriesListModel *series, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_requester(requester)
    , m_series(series)
{
    if (auto specs = loadDashboardConfig(m_options.configPath, &m_configError)) {
        m_dashboards.setDashboards(std::move(*specs));
    } else {
        qCWarning(lcConsole).noquote() << "dashboards:" << m_configError;
    }
    m_kpis.setSeriesModel(series);
    m_breakdown.setSeriesModel(series);
    if (series) {
        // A new snapshot (sign-in, resync) may bring values the previous fetch did not have.
        connect(series, &QAbstractItemModel::modelReset, this, &DashboardController::refresh);
        connect(series, &QAbstractItemModel::modelReset, this,
                &DashboardController::currentChanged);
    }
    // Previous-period values move on slowly: refetched every five minutes while running.
    m_previousTimer.setInterval(5 * 60 * 1000);
    connect(&m_previousTimer, &QTimer::timeout, this, &DashboardController::loadPreviousValues);
    m_previousTimer.start();
    if (m_dashboards.rowCount() > 0)
        setCurrentId(m_dashboards.dashboards().front().id);
}

const DashboardSpec *DashboardController::current() const
{
    return m_current >= 0 ? &m_dashboards.dashboards()[static_cast<std::size_t>(m_current)]
                          : nullptr;
}

QString DashboardController::currentId() const
{
    return current() ? current()->id : QString();
}

void DashboardController::setCurrentId(const QString& id)
{
    const int index = m_dashboards.indexOf(id);
    if (index < 0 || index == m_current)
        return;
    m_current = index;
    m_kpis.setKpis(current()->kpis);
    m_breakdown.setSpec(current()->breakdown);
    emit currentChanged();
    loadPreviousValues();
}

QString DashboardController::title() const
{
    return current() ? current()->title.in(m_language) : QString();
}

QString DashboardController::article() const
{
    return current() ? current()->article : QString();
}

QString DashboardController::breakdownTitle() const
{
    return current() && current()->breakdown ? current()->breakdown->title.in(m_language)
                                             : QString();
}

QVariantList DashboardController::trends() const
{
    QVariantList list;
    if (!current())
        return list;
    for (const TrendSpec& t : current()->trends) {
        QStringList labels;
        QStringList units;
        for (const QString& id : t.series) {
            const int row = m_series ? m_series->rowOf(id) : -1;
            const QModelIndex idx = row >= 0 ? m_series->index(row) : QModelIndex();
            labels << (idx.isValid() ? idx.data(SeriesListModel::LabelRole).toString() : id);
            units << (idx.isValid() ? idx.data(SeriesListModel::UnitRole).toString() : QString());
        }
        units.removeDuplicates();
        list << QVariantMap{{QStringLiteral("title"), t.title.in(m_language)},
                            {QStringLiteral("series"), t.series},
                            {QStringLiteral("labels"), labels},
                            {QStringLiteral("unit"), units.size() == 1 ? units.first() : QString()},
                            {QStringLiteral("rangeSeconds"), t.rangeSeconds}};
    }
    return list;
}

QDateTime DashboardController::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
}

void DashboardController::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_dashboards.setLanguage(language);
    m_kpis.setLanguage(language);
    m_breakdown.setLanguage(language);
    emit currentChanged();
}

void DashboardController::refresh()
{
    loadUnitNames();
    loadPreviousValues();
}

void DashboardController::loadUnitNames()
{
    if (m_unitsLoaded || !m_requester)
        return;
    m_requester->get(QStringLiteral("units"), {}, this, [this](const client::ApiReply& reply) {
        if (!reply.ok())
            return;
        QHash<QString, QString> names;
        for (const QJsonValue& v : reply.body.value(QLatin1String("units")).toArray()) {
            const QJsonObject u = v.toObject();
            names.insert(u.value(QLatin1String("code")).toString(),
                         u.value(QLatin1String("full_name")).toString());
        }
        m_unitsLoaded = !names.isEmpty();
        m_breakdown.setUnitNames(std::move(names));
    });
}

void DashboardController::loadPreviousValues()
{
    if (!current() || !m_requester || !m_series)
        return;
    const quint64 generation = ++m_generation;
    m_previousPending = 0;
    for (const KpiSpec& kpi : current()->kpis) {
        const int row = m_series->rowOf(kpi.series);
        if (row < 0)
            continue;
        // One period before the KPI's latest observation (or now, before the first one).
        QDateTime asOf = m_series->index(row).data(SeriesListModel::ObservedAtRole).toDateTime();
        if (!asOf.isValid())
            asOf = now();
        const QDateTime at = asOf.addSecs(-kpi.compareSeconds);
        // A twelfth of the period either side: ±5 min for 1 h, ±2 h for 24 h.
        const qint64 tolerance = kpi.compareSeconds / 12;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("from"), rfc3339(at.addSecs(-tolerance)));
        query.addQueryItem(QStringLiteral("to"), rfc3339(at.addSecs(tolerance)));
        ++m_previousPending;
        const QString id = kpi.series;
        m_requester->get(
            QStringLiteral("series/%1/history").arg(id), query, this,
            [this, id, at, tolerance, generation](const client::ApiReply& reply) {
                if (generation != m_generation)
                    return;
                std::vector<domain::TimedValue> points;
                for (const QJsonValue& v : reply.body.value(QLatin1String("points")).toArray()) {
                    const QJsonObject p = v.toObject();
                    const QDateTime t = QDateTime::fromString(
                        p.value(QLatin1String("t")).toString(), Qt::ISODateWithMs);
                    if (t.isValid() && p.value(QLatin1String("v")).isDouble())
                        points.push_back(
                            {domain::TimePoint{domain::Milliseconds{t.toMSecsSinceEpoch()}},
                             p.value(QLatin1String("v")).toDouble()});
                }
                const auto atPoint =
                    domain::TimePoint{domain::Milliseconds{at.toMSecsSinceEpoch()}};
                m_kpis.setPreviousValue(
                    id, domain::valueAt(points, atPoint, domain::Seconds{tolerance}));
                --m_previousPending;
                emit previousValuesChanged();
            });
    }
    emit previousValuesChanged();
}

} // namespace ioc::console
