// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentListModel.h"

#include "TextFolding.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>

#include <QUrlQuery>
#include <algorithm>

namespace ioc::console {

namespace {

qint64 idOf(const QJsonObject& incident)
{
    return incident.value(QLatin1String("id")).toInteger();
}

QDateTime timeOf(const QJsonObject& incident, const char *key)
{
    return QDateTime::fromString(incident.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

// The lifecycle's order, as the server sorts `status`.
int statusRank(const QJsonObject& incident)
{
    static const QStringList order{QStringLiteral("new"), QStringLiteral("acknowledged"),
                                   QStringLiteral("in_progress"),
                                   QStringLiteral("resolution_proposed")};
    const int i = order.indexOf(incident.value(QLatin1String("status")).toString());
    return i < 0 ? 4 : i;
}

// What the search box would find in a summary, folded like the server folds it.
QString searchableText(const QJsonObject& incident)
{
    return foldForSearch(incident.value(QLatin1String("title")).toString() + QLatin1Char(' ') +
                         incident.value(QLatin1String("description")).toString() +
                         QLatin1Char(' ') + incident.value(QLatin1String("ref")).toString());
}

} // namespace

IncidentListModel::IncidentListModel(client::ApiRequester *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    // Searching while typing: one request once the typing pauses, not one per key.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &IncidentListModel::reload);
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& o = m_rows[static_cast<std::size_t>(index.row())];
    const auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    switch (role) {
    case IdRole:
        return idOf(o);
    case RefRole:
        return text("ref");
    case Qt::DisplayRole:
    case TitleRole:
        return text("title");
    case DescriptionRole:
        return text("description");
    case SeverityRole:
        return o.value(QLatin1String("severity")).toInt();
    case StatusRole:
        return text("status");
    case DrillRole:
        return o.value(QLatin1String("drill")).toBool();
    case OverdueRole:
        return isOverdue(o);
    case UnitNameRole:
        return text("unit_name");
    case DomainRole:
        return text("domain");
    case CategoryRole:
        return text("category");
    case AssigneeRole:
        return text("assignee");
    case ReporterRole:
        return text("reporter");
    case CreatedAtRole:
        return timeOf(o, "created_at");
    case ResponseDeadlineRole:
        return timeOf(o, "response_deadline");
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IdRole, "incidentId"},
            {RefRole, "ref"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {SeverityRole, "severity"},
            {StatusRole, "status"},
            {DrillRole, "drill"},
            {OverdueRole, "overdue"},
            {UnitNameRole, "unitName"},
            {DomainRole, "domain"},
            {CategoryRole, "category"},
            {AssigneeRole, "assignee"},
            {ReporterRole, "reporter"},
            {CreatedAtRole, "createdAt"},
            {ResponseDeadlineRole, "responseDeadline"}};
}

bool IncidentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void IncidentListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}

void IncidentListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    filterChanged(true);
}

void IncidentListModel::setStatusFilter(const QString& statuses)
{
    if (statuses == m_status)
        return;
    m_status = statuses;
    filterChanged(false);
}

void IncidentListModel::setSeverityFilter(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    filterChanged(false);
}

void IncidentListModel::setDomainFilter(const QString& domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    filterChanged(false);
}

void IncidentListModel::setUnitFilter(const QString& unitCode)
{
    if (unitCode == m_unit)
        return;
    m_unit = unitCode;
    filterChanged(false);
}

void IncidentListModel::setOverdueOnly(bool overdue)
{
    if (overdue == m_overdue)
        return;
    m_overdue = overdue;
    filterChanged(false);
}

void IncidentListModel::sortBy(const QString& key)
{
    static const QStringList keys{QStringLiteral("created"), QStringLiteral("severity"),
                                  QStringLiteral("status"), QStringLiteral("deadline")};
    if (!keys.contains(key))
        return;
    if (key == m_sortKey) {
        m_sortDescending = !m_sortDescending;
    } else {
        m_sortKey = key;
        m_sortDescending = key == QLatin1String("created") || key == QLatin1String("severity");
    }
    // The rows held are shown in the new order at once; the server's first page replaces them.
    beginResetModel();
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const QJsonObject& a, const QJsonObject& b) { return before(a, b); });
    endResetModel();
    filterChanged(false);
}

void IncidentListModel::filterChanged(bool debounce)
{
    emit filtersChanged();
    if (debounce) {
        m_searchDelay.start();
    } else {
        m_searchDelay.stop();
        reload();
    }
}

void IncidentListModel::reload()
{
    m_searchDelay.stop();
    ++m_generation;
    m_loading = false; // an older request's answer is dropped by its generation
    requestPage(1);
}

void IncidentListModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_hasMore = false;
    setLoading(false);
    emit countChanged();
}

void IncidentListModel::requestPage(int page)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(m_pageSize));
    if (!m_search.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("q"), m_search.trimmed());
    if (!m_status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), m_status);
    if (m_severity > 0)
        q.addQueryItem(QStringLiteral("severity"), QString::number(m_severity));
    if (!m_domain.isEmpty())
        q.addQueryItem(QStringLiteral("domain"), m_domain);
    if (!m_unit.isEmpty())
        q.addQueryItem(QStringLiteral("unit"), m_unit);
    if (m_overdue)
        q.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("sort"),
                   (m_sortDescending ? QStringLiteral("-") : QString()) + m_sortKey);
    const quint64 generation = m_generation;
    setLoading(true);
    m_api->get(QStringLiteral("incidents"), q, this,
               [this, generation, page](const client::ApiReply& reply) {
                   if (generation == m_generation)
                       onPage(reply, page);
               });
}

void IncidentListModel::onPage(const client::ApiReply& reply, int page)
{
    setLoading(false);
    if (!reply.ok()) {
        m_error = reply.message();
        emit errorChanged();
        return;
    }
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged();
    }
    const QJsonArray items = reply.body.value(QLatin1String("incidents")).toArray();
    m_hasMore = reply.body.value(QLatin1String("has_more")).toBool();
    m_nextPage = page + 1;
    if (page == 1) {
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue& v : items)
            m_rows.push_back(v.toObject());
        endResetModel();
        emit countChanged();
        emit loadingChanged();
        emit reloaded();
        return;
    }
    // Incidents placed by the stream shift the server's pages: skip those already held.
    std::vector<QJsonObject> fresh;
    for (const QJsonValue& v : items)
        if (rowOf(idOf(v.toObject())) < 0)
            fresh.push_back(v.toObject());
    emit loadingChanged();
    if (fresh.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
    emit countChanged();
}

void IncidentListModel::applyChange(const QString& change, const QJsonObject& incident)
{
    const qint64 id = idOf(incident);
    if (id <= 0)
        return;
    const int row = rowOf(id);
    const bool fits = matchesFilters(incident);
    int place = -1;
    if (fits)
        place = row >= 0 && staysAt(incident, row) ? row : placeOf(incident, row);
    if (row >= 0 && place >= 0) {
        m_rows[static_cast<std::size_t>(row)] = incident;
        emit dataChanged(index(row), index(row));
        // `place` counts the rows other than this one: its index once this one is taken out.
        if (place != row) {
            beginMoveRows({}, row, row, {}, place > row ? place + 1 : place);
            auto moved = m_rows[static_cast<std::size_t>(row)];
            m_rows.erase(m_rows.begin() + row);
            m_rows.insert(m_rows.begin() + place, std::move(moved));
            endMoveRows();
        }
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        emit countChanged();
    } else if (place >= 0 && change == QLatin1String("created")) {
        beginInsertRows({}, place, place);
        m_rows.insert(m_rows.begin() + place, incident);
        endInsertRows();
        emit countChanged();
    }
}

bool IncidentListModel::before(const QJsonObject& a, const QJsonObject& b) const
{
    // The server's ORDER BY: the key, then creation (ids grow with it), all in one direction.
    int cmp = 0;
    if (m_sortKey == QLatin1String("severity")) {
        cmp =
            a.value(QLatin1String("severity")).toInt() - b.value(QLatin1String("severity")).toInt();
    } else if (m_sortKey == QLatin1String("status")) {
        cmp = statusRank(a) - statusRank(b);
    } else if (m_sortKey == QLatin1String("deadline")) {
        // No deadline counts as the latest.
        const QDateTime da = timeOf(a, "response_deadline");
        const QDateTime db = timeOf(b, "response_deadline");
        if (da.isValid() != db.isValid())
            cmp = da.isValid() ? -1 : 1;
        else if (da.isValid())
            cmp = da < db ? -1 : (db < da ? 1 : 0);
    }
    if (cmp == 0) {
        const qint64 ia = idOf(a);
        const qint64 ib = idOf(b);
        cmp = ia < ib ? -1 : (ib < ia ? 1 : 0);
    }
    return m_sortDescending ? cmp > 0 : cmp < 0;
}

bool IncidentListModel::staysAt(const QJsonObject& incident, int row) const
{
    const auto at = [&](int i) { return m_rows[static_cast<std::size_t>(i)]; };
    const bool afterPrevious = row == 0 || !before(incident, at(row - 1));
    const bool beforeNext = row + 1 >= rowCount() || before(incident, at(row + 1));
    return afterPrevious && beforeNext;
}

int IncidentListModel::placeOf(const QJsonObject& incident, int skip) const
{
    int place = 0;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        if (i == skip)
            continue;
        if (before(incident, m_rows[static_cast<std::size_t>(i)]))
            return place;
        ++place;
    }
    // After every row held: its place is known only when nothing more is to come.
    return m_hasMore ? -1 : place;
}

QJsonObject IncidentListModel::incident(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QJsonObject{} : m_rows[static_cast<std::size_t>(row)];
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows[i]) == id)
            return static_cast<int>(i);
    return -1;
}

bool IncidentListModel::matchesFilters(const QJsonObject& o) const
{
    const auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (!m_status.isEmpty() &&
        !m_status.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(text("status")))
        return false;
    if (m_severity > 0 && o.value(QLatin1String("severity")).toInt() != m_severity)
        return false;
    if (!m_domain.isEmpty() && text("domain") != m_domain)
        return false;
    if (!m_unit.isEmpty() && text("unit_code") != m_unit)
        return false;
    if (m_overdue && !isOverdue(o))
        return false;
    // The server also searches notes and answers; a summary can only be judged by its own text.
    const QString haystack = searchableText(o);
    const QStringList words = foldForSearch(m_search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool IncidentListModel::isOverdue(const QJsonObject& o) const
{
    if (o.value(QLatin1String("status")).toString() == QLatin1String("closed"))
        return false;
    if (o.value(QLatin1String("overdue")).toBool())
        return true;
    const QDateTime deadline = timeOf(o, "response_deadline");
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return deadline.isValid() && deadline < now;
}

void IncidentListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

} // namespace ioc::console
