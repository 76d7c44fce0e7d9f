// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Kpi.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ioc::console {

// A text in both UI languages (Vietnamese is the default and always present).
struct DashboardText
{
    QString vi;
    QString en;
    QString in(const QString& language) const
    {
        return language == QLatin1String("en") && !en.isEmpty() ? en : vi;
    }
};

struct KpiSpec
{
    QString series;
    std::optional<domain::KpiTarget> target;
    qint64 compareSeconds = 86400; // "change vs previous period"
};

struct TrendSpec
{
    DashboardText title;
    QStringList series;
    qint64 rangeSeconds = 86400; // initial zoom
};

enum class BreakdownAggregate { Mean, Sum, Max, Min };

// Per commune-level unit: the series whose id matches one of `patterns` ("*" matches any run of
// characters) and that are placed in a unit, combined per unit.
struct BreakdownSpec
{
    DashboardText title;
    QStringList patterns;
    BreakdownAggregate aggregate = BreakdownAggregate::Mean;
};

// One dashboard of resources/config/dashboards.json (format in docs/dashboards.md).
struct DashboardSpec
{
    QString id;
    QString article; // regulation 14.3 point, e.g. "14.3.b"
    DashboardText title;
    std::vector<KpiSpec> kpis;
    std::vector<TrendSpec> trends;
    std::optional<BreakdownSpec> breakdown;
};

// Parses the dashboard configuration. On a bad file returns nullopt and sets `error` to one line
// naming the place (e.g. "dashboards[2].kpis[0].direction: must be at_least or at_most").
std::optional<std::vector<DashboardSpec>> parseDashboardConfig(const QByteArray& json,
                                                               QString *error);
// Reads and parses a file (a Qt resource path works too); the error names the file.
std::optional<std::vector<DashboardSpec>> loadDashboardConfig(const QString& path, QString *error);

// The time ranges a chart can zoom to and a KPI can compare against: "1h", "24h", "7d", "30d".
std::optional<qint64> dashboardPeriodSeconds(const QString& name);

// Whether a series id matches a breakdown pattern ("*" = any run of characters).
bool matchesSeriesPattern(const QString& id, const QString& pattern);

} // namespace ioc::console
