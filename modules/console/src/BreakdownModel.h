// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardConfig.h"

#include <QAbstractListModel>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace ioc::console {

class SeriesListModel;

// A dashboard's breakdown by commune-level unit: one row per unit that has matching series, the
// series' values combined (mean, sum, max or min), highest value first; `unitValues` feeds the
// map's choropleth. Recomputed at most every 500 ms however fast the deltas arrive.
class BreakdownModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by DashboardController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariantMap unitValues READ unitValues NOTIFY valuesChanged)
    Q_PROPERTY(bool active READ active NOTIFY countChanged)

public:
    enum Role {
        UnitCodeRole = Qt::UserRole + 1,
        UnitNameRole,
        ValueRole,
        DisplayValueRole,
        SeriesCountRole,
        StatusRole, // the least fresh of the unit's series
    };
    Q_ENUM(Role)

    explicit BreakdownModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSeriesModel(SeriesListModel *series);
    void setSpec(std::optional<BreakdownSpec> spec);
    // Unit code → full name (from GET /api/v1/units).
    void setUnitNames(QHash<QString, QString> names);
    void setLanguage(const QString& language);
    QVariantMap unitValues() const { return m_unitValues; }
    bool active() const { return m_spec.has_value(); }

    // Drill-down: the matching series in one unit, as [{seriesId, label, displayValue, unit,
    // status}].
    Q_INVOKABLE QVariantList seriesInUnit(const QString& unitCode) const;
    Q_INVOKABLE QString unitName(const QString& unitCode) const;
    // Recomputes now (tests; the view relies on the timer).
    void recompute();

signals:
    void countChanged();
    void valuesChanged();

private:
    struct Row
    {
        QString code;
        double value = 0;
        int count = 0;
        QString status;
    };
    bool matches(const QString& seriesId) const;
    QString number(double v) const;

    QPointer<SeriesListModel> m_series;
    std::optional<BreakdownSpec> m_spec;
    QHash<QString, QString> m_unitNames;
    std::vector<Row> m_rows;
    QVariantMap m_unitValues;
    QTimer m_debounce;
    QLocale m_locale{QLocale::Vietnamese, QLocale::Vietnam};
};

} // namespace ioc::console
