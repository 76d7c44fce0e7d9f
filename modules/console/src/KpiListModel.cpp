// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiListModel.h"

#include "SeriesListModel.h"

#include <cmath>

namespace ioc::console {

namespace {

QString periodName(qint64 seconds)
{
    switch (seconds) {
    case 3600:
        return QStringLiteral("1h");
    case 7 * 86400:
        return QStringLiteral("7d");
    case 30 * 86400:
        return QStringLiteral("30d");
    default:
        return QStringLiteral("24h");
    }
}

} // namespace

KpiListModel::KpiListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int KpiListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kpis.size());
}

KpiListModel::Live KpiListModel::liveOf(const KpiSpec& kpi) const
{
    Live live;
    if (!m_series)
        return live;
    live.seriesRow = m_series->rowOf(kpi.series);
    if (live.seriesRow < 0)
        return live;
    const QModelIndex idx = m_series->index(live.seriesRow);
    const QVariant value = idx.data(SeriesListModel::ValueRole);
    if (value.typeId() == QMetaType::Double)
        live.value = value.toDouble();
    live.freshness =
        domain::freshnessFromString(idx.data(SeriesListModel::StatusRole).toString().toStdString())
            .value_or(domain::Freshness::NoData);
    return live;
}

QString KpiListModel::number(double v) const
{
    const double magnitude = std::fabs(v);
    const int decimals = (v == std::trunc(v) || magnitude >= 1000) ? 0 : magnitude >= 100 ? 1 : 2;
    return m_locale.toString(v, 'f', decimals);
}

domain::KpiStatus KpiListModel::statusAt(int row) const
{
    const KpiSpec& kpi = m_kpis.at(static_cast<std::size_t>(row));
    const Live live = liveOf(kpi);
    return domain::evaluateKpi(live.value, live.freshness, kpi.target);
}

QVariant KpiListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiSpec& kpi = m_kpis[static_cast<std::size_t>(index.row())];
    const Live live = liveOf(kpi);
    const QModelIndex series =
        live.seriesRow >= 0 && m_series ? m_series->index(live.seriesRow) : QModelIndex();
    switch (role) {
    case SeriesIdRole:
        return kpi.series;
    case Qt::DisplayRole:
    case LabelRole:
        return series.isValid() ? series.data(SeriesListModel::LabelRole).toString() : kpi.series;
    case UnitRole:
        return series.isValid() ? series.data(SeriesListModel::UnitRole).toString() : QString();
    case DisplayValueRole:
        return live.value ? number(*live.value) : QStringLiteral("—");
    case ObservedAtRole:
        return series.isValid() ? series.data(SeriesListModel::ObservedAtRole) : QDateTime();
    case FreshnessRole:
        return QString::fromLatin1(domain::toString(live.freshness));
    case StatusRole:
        return QString::fromLatin1(
            domain::toString(domain::evaluateKpi(live.value, live.freshness, kpi.target)));
    case TargetTextRole:
        if (!kpi.target)
            return QString();
        return (kpi.target->direction == domain::KpiDirection::AtLeast ? QStringLiteral("≥ ")
                                                                       : QStringLiteral("≤ ")) +
               number(kpi.target->target);
    case ChangeTextRole:
    case ImprovedRole: {
        const auto change = domain::kpiChange(live.value, m_previous.value(kpi.series), kpi.target);
        if (role == ImprovedRole)
            return change && change->improved ? QVariant(*change->improved)
                                              : QVariant::fromValue(nullptr);
        if (!change)
            return QString();
        const QString sign = change->absolute > 0 ? QStringLiteral("+") : QString();
        QString text = sign + number(change->absolute);
        if (change->percent)
            text += QStringLiteral(" (%1%2 %)")
                        .arg(*change->percent > 0 ? QStringLiteral("+") : QString(),
                             m_locale.toString(*change->percent, 'f', 1));
        return text;
    }
    case ComparePeriodRole:
        return periodName(kpi.compareSeconds);
    case KnownRole:
        return live.seriesRow >= 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> KpiListModel::roleNames() const
{
    return {
        {SeriesIdRole, "seriesId"},
        {LabelRole, "label"},
        {UnitRole, "unit"},
        {DisplayValueRole, "displayValue"},
        {ObservedAtRole, "observedAt"},
        {FreshnessRole, "freshness"},
        {StatusRole, "status"},
        {TargetTextRole, "targetText"},
        {ChangeTextRole, "changeText"},
        {ImprovedRole, "improved"},
        {ComparePeriodRole, "comparePeriod"},
        {KnownRole, "known"},
    };
}

void KpiListModel::setSeriesModel(SeriesListModel *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (series) {
        connect(series, &QAbstractItemModel::dataChanged, this, &KpiListModel::onSeriesChanged);
        connect(series, &QAbstractItemModel::modelReset, this, &KpiListModel::emitAllChanged);
    }
    emitAllChanged();
}

void KpiListModel::setKpis(std::vector<KpiSpec> kpis)
{
    const bool countChanges = kpis.size() != m_kpis.size();
    beginResetModel();
    m_kpis = std::move(kpis);
    m_previous.clear();
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void KpiListModel::setPreviousValue(const QString& seriesId, std::optional<double> value)
{
    m_previous.insert(seriesId, value);
    for (std::size_t i = 0; i < m_kpis.size(); ++i)
        if (m_kpis[i].series == seriesId) {
            const QModelIndex idx = index(static_cast<int>(i));
            emit dataChanged(idx, idx, {ChangeTextRole, ImprovedRole});
        }
}

void KpiListModel::setLanguage(const QString& language)
{
    m_locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    emitAllChanged();
}

void KpiListModel::onSeriesChanged(const QModelIndex& first, const QModelIndex& last)
{
    if (!m_series)
        return;
    // A delta touches one series row: update only the tiles that show it.
    for (std::size_t i = 0; i < m_kpis.size(); ++i) {
        const int row = m_series->rowOf(m_kpis[i].series);
        if (row >= first.row() && row <= last.row()) {
            const QModelIndex idx = index(static_cast<int>(i));
            emit dataChanged(idx, idx);
        }
    }
}

void KpiListModel::emitAllChanged()
{
    if (!m_kpis.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace ioc::console
