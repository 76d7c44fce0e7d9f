// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesFilterModel.h"

#include "SeriesListModel.h"
#include "TextFolding.h"

namespace ioc::console {

SeriesFilterModel::SeriesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SeriesFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SeriesFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SeriesFilterModel::countChanged);
}

void SeriesFilterModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_tokens = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    emit filterTextChanged();
    emit countChanged();
}

void SeriesFilterModel::setDomainId(const QString& domainId)
{
    if (domainId == m_domainId)
        return;
    m_domainId = domainId;
    invalidateFilter();
    emit domainIdChanged();
    emit countChanged();
}

void SeriesFilterModel::setUnitCode(const QString& unitCode)
{
    if (unitCode == m_unitCode)
        return;
    m_unitCode = unitCode;
    invalidateFilter();
    emit unitCodeChanged();
    emit countChanged();
}

void SeriesFilterModel::setSeriesId(const QString& seriesId)
{
    if (seriesId == m_seriesId)
        return;
    m_seriesId = seriesId;
    invalidateFilter();
    emit seriesIdChanged();
    emit countChanged();
}

bool SeriesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_domainId.isEmpty() && idx.data(SeriesListModel::DomainIdRole).toString() != m_domainId)
        return false;
    if (!m_unitCode.isEmpty() && idx.data(SeriesListModel::UnitCodeRole).toString() != m_unitCode)
        return false;
    if (!m_seriesId.isEmpty() && idx.data(SeriesListModel::IdRole).toString() != m_seriesId)
        return false;
    if (m_tokens.isEmpty())
        return true;
    const QString haystack = idx.data(SeriesListModel::SearchTextRole).toString();
    for (const QString& token : m_tokens)
        if (!haystack.contains(token))
            return false;
    return true;
}

bool SeriesFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int lo = left.data(SeriesListModel::DomainOrderRole).toInt();
    const int ro = right.data(SeriesListModel::DomainOrderRole).toInt();
    if (lo != ro)
        return lo < ro;
    const int byLabel = m_collator.compare(left.data(SeriesListModel::LabelRole).toString(),
                                           right.data(SeriesListModel::LabelRole).toString());
    if (byLabel != 0)
        return byLabel < 0;
    return left.data(SeriesListModel::IdRole).toString() <
           right.data(SeriesListModel::IdRole).toString();
}

} // namespace ioc::console
