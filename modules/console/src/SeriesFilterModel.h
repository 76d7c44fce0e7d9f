// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// Series sorted by domain order, then by label (locale collation); optionally narrowed to one
// domain, one commune-level unit, one series, and to a free-text query that ignores case and
// Vietnamese diacritics. Empty filters let everything through.
class SeriesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString domainId READ domainId WRITE setDomainId NOTIFY domainIdChanged)
    Q_PROPERTY(QString unitCode READ unitCode WRITE setUnitCode NOTIFY unitCodeChanged)
    Q_PROPERTY(QString seriesId READ seriesId WRITE setSeriesId NOTIFY seriesIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SeriesFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);
    QString domainId() const { return m_domainId; }
    void setDomainId(const QString& domainId);
    QString unitCode() const { return m_unitCode; }
    void setUnitCode(const QString& unitCode);
    QString seriesId() const { return m_seriesId; }
    void setSeriesId(const QString& seriesId);
    int count() const { return rowCount(); }

signals:
    void filterTextChanged();
    void domainIdChanged();
    void unitCodeChanged();
    void seriesIdChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    QStringList m_tokens; // folded words of m_filterText; all must match
    QString m_domainId;
    QString m_unitCode;
    QString m_seriesId;
    QCollator m_collator;
};

} // namespace ioc::console
