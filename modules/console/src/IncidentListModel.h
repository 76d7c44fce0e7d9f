// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace ioc::client {
class ApiRequester;
struct ApiReply;
} // namespace ioc::client

namespace ioc::console {

// The incident list of the workstation: one page of GET /api/v1/incidents at a time (newest
// first unless sorted otherwise; more pages only when the view scrolls near the end, so a
// million incidents are never loaded), filtered and sorted by the server, and kept current by
// the stream's incident messages: a changed incident is updated (moved to its place in the sort
// order, or dropped when it no longer fits the filters), a new one that fits is put in its place.
// A row whose place lies past the last page held is dropped: its page brings it when scrolled to.
class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by IncidentController")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filtersChanged)
    Q_PROPERTY(int severityFilter READ severityFilter WRITE setSeverityFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString domainFilter READ domainFilter WRITE setDomainFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY filtersChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filtersChanged)
    // created, severity, status or deadline; the server's `sort=` (docs/api.md).
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY filtersChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY filtersChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RefRole,
        TitleRole,
        DescriptionRole,
        SeverityRole,
        StatusRole,
        DrillRole,
        OverdueRole,
        UnitNameRole,
        DomainRole,
        CategoryRole,
        AssigneeRole,
        ReporterRole,
        CreatedAtRole,
        ResponseDeadlineRole,
    };
    Q_ENUM(Role)

    explicit IncidentListModel(client::ApiRequester *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString search() const { return m_search; }
    void setSearch(const QString& text);
    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString& statuses);
    int severityFilter() const { return m_severity; }
    void setSeverityFilter(int severity);
    QString domainFilter() const { return m_domain; }
    void setDomainFilter(const QString& domain);
    QString unitFilter() const { return m_unit; }
    void setUnitFilter(const QString& unitCode);
    bool overdueOnly() const { return m_overdue; }
    void setOverdueOnly(bool overdue);
    QString sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_sortDescending; }
    // Sorts by `key`; the same key again turns the direction round. A new key starts with the
    // order an officer wants first: newest, most severe, earliest in the lifecycle, soonest due.
    Q_INVOKABLE void sortBy(const QString& key);
    bool loading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    QString errorMessage() const { return m_error; }

    void setPageSize(int size) { m_pageSize = size; }
    // For tests and the overdue re-judgement: the wall clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Drops what is held and loads the first page with the current filters.
    Q_INVOKABLE void reload();
    // Empties the list (sign-out).
    void clear();
    // A stream message: `incident` is the summary after `change`.
    void applyChange(const QString& change, const QJsonObject& incident);
    // The summary held for incident `id`, or an empty object.
    QJsonObject incident(qint64 id) const;
    Q_INVOKABLE int rowOf(qint64 id) const;

signals:
    void filtersChanged();
    void loadingChanged();
    void countChanged();
    void errorChanged();
    // The first page of a reload arrived.
    void reloaded();

private:
    void requestPage(int page);
    void onPage(const client::ApiReply& reply, int page);
    bool matchesFilters(const QJsonObject& incident) const;
    bool isOverdue(const QJsonObject& incident) const;
    // True when `a` comes before `b` in the current order (the server's ORDER BY, docs/api.md).
    bool before(const QJsonObject& a, const QJsonObject& b) const;
    // Where `incident` belongs among the rows held, ignoring row `skip`; -1 when past the end of
    // a list that has more pages.
    int placeOf(const QJsonObject& incident, int skip) const;
    // True when row `row`, changed to `incident`, is still in order between its neighbours.
    bool staysAt(const QJsonObject& incident, int row) const;
    void setLoading(bool loading);
    void filterChanged(bool debounce);

    client::ApiRequester *m_api;
    std::vector<QJsonObject> m_rows;
    QString m_search;
    QString m_status;
    int m_severity = 0;
    QString m_domain;
    QString m_unit;
    bool m_overdue = false;
    QString m_sortKey = QStringLiteral("created");
    bool m_sortDescending = true;
    int m_pageSize = 50;
    int m_nextPage = 1;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
    QTimer m_searchDelay;
    std::function<QDateTime()> m_now;
};

} // namespace ioc::console
