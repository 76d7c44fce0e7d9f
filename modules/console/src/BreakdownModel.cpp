// SPDX-License-Identifier: GPL-3.0-or-later
#include "BreakdownModel.h"

#include "SeriesListModel.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ioc::console {

namespace {

int staleness(const QString& status)
{
    if (status == QLatin1String("fresh"))
        return 0;
    if (status == QLatin1String("late"))
        return 1;
    if (status == QLatin1String("stale"))
        return 2;
    return 3;
}

} // namespace

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &BreakdownModel::recompute);
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UnitCodeRole:
        return row.code;
    case Qt::DisplayRole:
    case UnitNameRole:
        return unitName(row.code);
    case ValueRole:
        return row.value;
    case DisplayValueRole:
        return number(row.value);
    case SeriesCountRole:
        return row.count;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> BreakdownModel::roleNames() const
{
    return {{UnitCodeRole, "unitCode"},
            {UnitNameRole, "unitName"},
            {ValueRole, "value"},
            {DisplayValueRole, "displayValue"},
            {SeriesCountRole, "seriesCount"},
            {StatusRole, "status"}};
}

void BreakdownModel::setSeriesModel(SeriesListModel *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (series) {
        connect(series, &QAbstractItemModel::dataChanged, &m_debounce, [this] {
            if (!m_debounce.isActive())
                m_debounce.start();
        });
        connect(series, &QAbstractItemModel::modelReset, this, &BreakdownModel::recompute);
    }
    recompute();
}

void BreakdownModel::setSpec(std::optional<BreakdownSpec> spec)
{
    m_spec = std::move(spec);
    recompute();
}

void BreakdownModel::setUnitNames(QHash<QString, QString> names)
{
    m_unitNames = std::move(names);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {UnitNameRole, Qt::DisplayRole});
}

void BreakdownModel::setLanguage(const QString& language)
{
    m_locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {DisplayValueRole});
}

QString BreakdownModel::unitName(const QString& unitCode) const
{
    return m_unitNames.value(unitCode, unitCode);
}

bool BreakdownModel::matches(const QString& seriesId) const
{
    return std::any_of(m_spec->patterns.cbegin(), m_spec->patterns.cend(),
                       [&](const QString& p) { return matchesSeriesPattern(seriesId, p); });
}

QString BreakdownModel::number(double v) const
{
    const int decimals = (v == std::trunc(v) || std::fabs(v) >= 100) ? 0 : 1;
    return m_locale.toString(v, 'f', decimals);
}

void BreakdownModel::recompute()
{
    m_debounce.stop();
    struct Acc
    {
        std::vector<double> values;
        int count = 0;
        QString status = QStringLiteral("fresh");
    };
    std::map<QString, Acc> byUnit;
    if (m_spec && m_series) {
        for (int r = 0; r < m_series->rowCount(); ++r) {
            const QModelIndex idx = m_series->index(r);
            const QString unit = idx.data(SeriesListModel::UnitCodeRole).toString();
            if (unit.isEmpty() || !matches(idx.data(SeriesListModel::IdRole).toString()))
                continue;
            Acc& acc = byUnit[unit];
            ++acc.count;
            const QString status = idx.data(SeriesListModel::StatusRole).toString();
            if (staleness(status) > staleness(acc.status))
                acc.status = status;
            const QVariant v = idx.data(SeriesListModel::ValueRole);
            if (v.typeId() == QMetaType::Double)
                acc.values.push_back(v.toDouble());
        }
    }
    std::vector<Row> rows;
    QVariantMap values;
    for (const auto& [code, acc] : byUnit) {
        if (acc.values.empty())
            continue;
        double value = 0;
        switch (m_spec->aggregate) {
        case BreakdownAggregate::Sum:
        case BreakdownAggregate::Mean:
            for (double v : acc.values)
                value += v;
            if (m_spec->aggregate == BreakdownAggregate::Mean)
                value /= static_cast<double>(acc.values.size());
            break;
        case BreakdownAggregate::Max:
            value = *std::max_element(acc.values.begin(), acc.values.end());
            break;
        case BreakdownAggregate::Min:
            value = *std::min_element(acc.values.begin(), acc.values.end());
            break;
        }
        rows.push_back({code, value, acc.count, acc.status});
        values.insert(code, value);
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.value != b.value ? a.value > b.value : a.code < b.code;
    });
    const bool sameUnits = rows.size() == m_rows.size() &&
                           std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                      [](const Row& a, const Row& b) { return a.code == b.code; });
    if (sameUnits) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
    } else {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    if (values != m_unitValues) {
        m_unitValues = values;
        emit valuesChanged();
    }
}

QVariantList BreakdownModel::seriesInUnit(const QString& unitCode) const
{
    QVariantList list;
    if (!m_spec || !m_series)
        return list;
    for (int r = 0; r < m_series->rowCount(); ++r) {
        const QModelIndex idx = m_series->index(r);
        if (idx.data(SeriesListModel::UnitCodeRole).toString() != unitCode ||
            !matches(idx.data(SeriesListModel::IdRole).toString()))
            continue;
        list << QVariantMap{
            {QStringLiteral("seriesId"), idx.data(SeriesListModel::IdRole)},
            {QStringLiteral("label"), idx.data(SeriesListModel::LabelRole)},
            {QStringLiteral("displayValue"), idx.data(SeriesListModel::DisplayValueRole)},
            {QStringLiteral("unit"), idx.data(SeriesListModel::UnitRole)},
            {QStringLiteral("status"), idx.data(SeriesListModel::StatusRole)}};
    }
    return list;
}

} // namespace ioc::console
