// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesListModel.h"

#include "Logging.h"
#include "TextFolding.h"
#include "ioc/client/Convert.h"

#include <cmath>

namespace ioc::console {

using client::toQDateTime;
using client::toQString;

namespace {

QLocale localeFor(const QString& language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QString statusName(domain::Freshness f)
{
    return QString::fromLatin1(domain::toString(f));
}

} // namespace

SeriesListModel::SeriesListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(localeFor(m_language))
{}

int SeriesListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SeriesListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto domain = m_domains.constFind(toQString(row.info.domain));
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return localized(row.info.label);
    case IdRole:
        return toQString(row.info.id);
    case DomainIdRole:
        return toQString(row.info.domain);
    case DomainLabelRole:
        return domain != m_domains.cend() ? localized(domain->label) : toQString(row.info.domain);
    case DomainOrderRole:
        return domain != m_domains.cend() ? domain->order : std::numeric_limits<int>::max();
    case UnitRole:
        return toQString(row.info.unit);
    case ValueRole:
        return row.current.value ? QVariant(*row.current.value) : QVariant::fromValue(nullptr);
    case DisplayValueRole:
        return displayValue(row.current.value);
    case ObservedAtRole:
        return toQDateTime(row.current.observedAt);
    case NextDueAtRole:
        return toQDateTime(row.current.nextDueAt);
    case StatusRole:
        return statusName(row.current.status);
    case SourceRole:
        return toQString(row.info.source);
    case UnitCodeRole:
        return toQString(row.info.unitCode);
    case SearchTextRole:
        return searchText(row);
    case LatitudeRole:
        return row.info.lat ? QVariant(*row.info.lat) : QVariant::fromValue(nullptr);
    case LongitudeRole:
        return row.info.lon ? QVariant(*row.info.lon) : QVariant::fromValue(nullptr);
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesListModel::roleNames() const
{
    return {
        {IdRole, "seriesId"},
        {LabelRole, "label"},
        {DomainIdRole, "domainId"},
        {DomainLabelRole, "domainLabel"},
        {DomainOrderRole, "domainOrder"},
        {UnitRole, "unit"},
        {ValueRole, "value"},
        {DisplayValueRole, "displayValue"},
        {ObservedAtRole, "observedAt"},
        {NextDueAtRole, "nextDueAt"},
        {StatusRole, "status"},
        {SourceRole, "source"},
        {UnitCodeRole, "unitCode"},
        {SearchTextRole, "searchText"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
    };
}

void SeriesListModel::setDomains(const std::vector<protocol::Domain>& domains)
{
    m_domains.clear();
    for (const auto& d : domains)
        m_domains.insert(toQString(d.id), DomainInfo{d.label, d.order});
    emitAllRowsChanged({DomainLabelRole, DomainOrderRole, SearchTextRole});
}

void SeriesListModel::setSnapshot(const protocol::SeriesSnapshot& snapshot)
{
    bool sameSeries = snapshot.series.size() == m_rows.size();
    for (std::size_t i = 0; sameSeries && i < m_rows.size(); ++i)
        sameSeries = snapshot.series[i].info.id == m_rows[i].info.id;

    if (!sameSeries) {
        beginResetModel();
        m_rows = snapshot.series;
        m_rowById.clear();
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(toQString(m_rows[i].info.id), static_cast<int>(i));
        endResetModel();
        return;
    }
    // A resync of the same catalogue: keep the rows, so views neither flicker nor lose position.
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i] = snapshot.series[i];
        const QModelIndex idx = index(static_cast<int>(i));
        emit dataChanged(idx, idx);
    }
}

bool SeriesListModel::applyDelta(const protocol::SeriesValue& value)
{
    const int row = rowOf(toQString(value.id));
    if (row < 0) {
        qCWarning(lcConsole) << "delta for unknown series" << toQString(value.id);
        return false;
    }
    auto& current = m_rows[static_cast<std::size_t>(row)].current;
    QList<int> roles;
    if (current.value != value.value)
        roles << ValueRole << DisplayValueRole;
    if (current.observedAt != value.observedAt)
        roles << ObservedAtRole;
    if (current.nextDueAt != value.nextDueAt)
        roles << NextDueAtRole;
    if (current.status != value.status)
        roles << StatusRole;
    current = value;
    if (!roles.isEmpty()) {
        const QModelIndex idx = index(row);
        emit dataChanged(idx, idx, roles);
    }
    return true;
}

void SeriesListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_locale = localeFor(language);
    emitAllRowsChanged({Qt::DisplayRole, LabelRole, DomainLabelRole, DisplayValueRole});
}

QString SeriesListModel::localized(const protocol::LocalizedText& text) const
{
    const std::string& s =
        (m_language == QLatin1String("en") && !text.en.empty()) ? text.en : text.vi;
    return toQString(s);
}

QString SeriesListModel::displayValue(const std::optional<double>& value) const
{
    if (!value)
        return QStringLiteral("—");
    const double v = *value;
    const double magnitude = std::fabs(v);
    // Operators read magnitudes at a glance: big numbers whole, small ones with two decimals.
    const int decimals = (v == std::trunc(v) || magnitude >= 1000) ? 0 : magnitude >= 100 ? 1 : 2;
    return m_locale.toString(v, 'f', decimals);
}

QString SeriesListModel::searchText(const protocol::SeriesState& row) const
{
    QStringList parts{toQString(row.info.label.vi), toQString(row.info.label.en),
                      toQString(row.info.id), toQString(row.info.source),
                      toQString(row.info.unitCode)};
    if (const auto d = m_domains.constFind(toQString(row.info.domain)); d != m_domains.cend())
        parts << toQString(d->label.vi) << toQString(d->label.en);
    return foldForSearch(parts.join(QLatin1Char(' ')));
}

void SeriesListModel::emitAllRowsChanged(const QList<int>& roles)
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), roles);
}

} // namespace ioc::console
