// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Series.h"

#include <QAbstractListModel>
#include <QHash>
#include <QLocale>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// Every series iocd knows, one row each, in the backend's order. A snapshot with the same series
// updates rows in place; a delta touches exactly one row (dataChanged for that row only).
class SeriesListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by WorkstationController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole, // in the current UI language
        DomainIdRole,
        DomainLabelRole, // in the current UI language
        DomainOrderRole,
        UnitRole,
        ValueRole,        // double, or null when there is none
        DisplayValueRole, // locale-formatted value, "—" when there is none
        ObservedAtRole,   // QDateTime (UTC), invalid when never observed
        NextDueAtRole,
        StatusRole, // "no_data" | "fresh" | "late" | "stale"
        SourceRole,
        UnitCodeRole,
        SearchTextRole, // folded labels (both languages), id, domain, source: for filtering
        LatitudeRole,   // double (WGS 84), or null when the series has no place
        LongitudeRole,
    };
    Q_ENUM(Role)

    explicit SeriesListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDomains(const std::vector<protocol::Domain>& domains);
    void setSnapshot(const protocol::SeriesSnapshot& snapshot);
    // Returns false (and changes nothing) for a series the model does not hold.
    bool applyDelta(const protocol::SeriesValue& value);
    // "vi" or "en": labels and number formatting follow it.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    int rowOf(const QString& id) const { return m_rowById.value(id, -1); }

private:
    struct DomainInfo
    {
        protocol::LocalizedText label;
        int order = 0;
    };

    QString localized(const protocol::LocalizedText& text) const;
    QString displayValue(const std::optional<double>& value) const;
    QString searchText(const protocol::SeriesState& row) const;
    void emitAllRowsChanged(const QList<int>& roles);

    std::vector<protocol::SeriesState> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, DomainInfo> m_domains;
    QString m_language = QStringLiteral("vi");
    QLocale m_locale;
};

} // namespace ioc::console
