// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardConfig.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace ioc::console {

class SeriesListModel;

// The KPI tiles of one dashboard: each KPI's live value (read from the series model, so it moves
// with every delta), its target, the change against the value one comparison period earlier and
// the status colour (modules/domain evaluateKpi: target, threshold and freshness).
class KpiListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by DashboardController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SeriesIdRole = Qt::UserRole + 1,
        LabelRole,
        UnitRole,
        DisplayValueRole,
        ObservedAtRole,
        FreshnessRole,     // "no_data" | "fresh" | "late" | "stale"
        StatusRole,        // "no_data" | "stale" | "neutral" | "on_target" | "warning" | "breach"
        TargetTextRole,    // "≥ 95" or "" without a target
        ChangeTextRole,    // "+1,2 (+3,4 %)" or "" when the previous value is unknown
        ImprovedRole,      // true/false, or null when it cannot be told
        ComparePeriodRole, // "1h" | "24h" | "7d" | "30d"
        KnownRole,         // false when the series is not in the registry
    };
    Q_ENUM(Role)

    explicit KpiListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSeriesModel(SeriesListModel *series);
    void setKpis(std::vector<KpiSpec> kpis);
    const std::vector<KpiSpec>& kpis() const { return m_kpis; }
    // The value the KPI's series had one comparison period before its latest observation.
    void setPreviousValue(const QString& seriesId, std::optional<double> value);
    void setLanguage(const QString& language);

    // The judged status of row `row` (for tests and the screenshot check).
    domain::KpiStatus statusAt(int row) const;

signals:
    void countChanged();

private:
    struct Live
    {
        int seriesRow = -1;
        std::optional<double> value;
        domain::Freshness freshness = domain::Freshness::NoData;
    };
    Live liveOf(const KpiSpec& kpi) const;
    QString number(double v) const;
    void onSeriesChanged(const QModelIndex& first, const QModelIndex& last);
    void emitAllChanged();

    QPointer<SeriesListModel> m_series;
    std::vector<KpiSpec> m_kpis;
    QHash<QString, std::optional<double>> m_previous;
    QLocale m_locale{QLocale::Vietnamese, QLocale::Vietnam};
};

} // namespace ioc::console
