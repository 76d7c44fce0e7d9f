// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarker.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::map {

// The markers a map draws, one row each, keyed by id. Updates touch exactly the rows (and roles)
// that changed, so a map can redraw a few markers without rebuilding the rest.
class MapMarkerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LatitudeRole,
        LongitudeRole,
        CoordinateRole, // QGeoCoordinate
        SeverityRole,
        ColorRole, // invalid QColor when the kind/severity colour applies
        LabelRole,
        TimestampRole,
        OverdueRole,
    };
    Q_ENUM(Role)

    explicit MapMarkerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const MapMarker& at(int row) const { return m_markers[std::size_t(row)]; }
    int rowOf(const QString& id) const { return m_rowById.value(id, -1); }

    // Inserts the marker, or updates the row with its id (dataChanged with the changed roles
    // only). Returns false for a marker without id or with an invalid coordinate.
    bool upsert(const MapMarker& marker);
    bool remove(const QString& id);
    // Replaces everything (one model reset).
    void setMarkers(std::vector<MapMarker> markers);
    void clear();

    // QML: {id, kind, latitude, longitude, severity, color, label, timestamp, overdue}.
    Q_INVOKABLE bool upsert(const QVariantMap& marker);
    Q_INVOKABLE bool remove(const QVariant& id) { return remove(id.toString()); }
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QList<int> changedRoles(const MapMarker& before, const MapMarker& after) const;
    void reindexFrom(int row);

    std::vector<MapMarker> m_markers;
    QHash<QString, int> m_rowById;
};

} // namespace ioc::map
