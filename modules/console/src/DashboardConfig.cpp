// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ioc::console {

namespace {

// Thrown inside the parser only; turned into the one-line error at its edge.
struct ConfigError
{
    QString where;
    QString what;
};

[[noreturn]] void fail(const QString& where, const QString& what)
{
    throw ConfigError{where, what};
}

QJsonObject objectAt(const QJsonValue& v, const QString& where)
{
    if (!v.isObject())
        fail(where, QStringLiteral("must be an object"));
    return v.toObject();
}

QJsonArray arrayAt(const QJsonObject& o, const QString& key, const QString& where, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray())
        fail(where + QLatin1Char('.') + key, QStringLiteral("must be an array"));
    return v.toArray();
}

QString stringAt(const QJsonObject& o, const QString& key, const QString& where)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(where + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
    return v.toString();
}

std::optional<double> numberAt(const QJsonObject& o, const QString& key, const QString& where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(where + QLatin1Char('.') + key, QStringLiteral("must be a number"));
    return v.toDouble();
}

DashboardText textAt(const QJsonObject& o, const QString& key, const QString& where)
{
    const QString here = where + QLatin1Char('.') + key;
    const QJsonObject t = objectAt(o.value(key), here);
    DashboardText text{stringAt(t, QStringLiteral("vi"), here), {}};
    if (t.contains(QLatin1String("en")))
        text.en = stringAt(t, QStringLiteral("en"), here);
    return text;
}

qint64 periodAt(const QJsonObject& o, const QString& key, const QString& where, qint64 fallback)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    const auto seconds = dashboardPeriodSeconds(v.toString());
    if (!v.isString() || !seconds)
        fail(where + QLatin1Char('.') + key, QStringLiteral("must be one of 1h, 24h, 7d, 30d"));
    return *seconds;
}

QStringList seriesListAt(const QJsonObject& o, const QString& where)
{
    const QJsonArray a = arrayAt(o, QStringLiteral("series"), where, true);
    if (a.isEmpty())
        fail(where + QStringLiteral(".series"), QStringLiteral("must list at least one series"));
    QStringList ids;
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
            fail(QStringLiteral("%1.series[%2]").arg(where).arg(i),
                 QStringLiteral("must be a non-empty string"));
        ids << a[i].toString();
    }
    return ids;
}

KpiSpec kpiAt(const QJsonValue& v, const QString& where)
{
    const QJsonObject o = objectAt(v, where);
    KpiSpec kpi;
    kpi.series = stringAt(o, QStringLiteral("series"), where);
    kpi.compareSeconds = periodAt(o, QStringLiteral("compare"), where, 86400);
    const auto target = numberAt(o, QStringLiteral("target"), where);
    const auto warning = numberAt(o, QStringLiteral("warning"), where);
    const bool hasDirection = o.contains(QLatin1String("direction"));
    if (!target) {
        if (warning || hasDirection)
            fail(where + QStringLiteral(".target"),
                 QStringLiteral("is required with 'direction' or 'warning'"));
        return kpi;
    }
    if (!hasDirection)
        fail(where + QStringLiteral(".direction"), QStringLiteral("is required with 'target'"));
    const auto direction = domain::kpiDirectionFromString(
        o.value(QLatin1String("direction")).toString().toStdString());
    if (!direction)
        fail(where + QStringLiteral(".direction"), QStringLiteral("must be at_least or at_most"));
    if (warning &&
        (*direction == domain::KpiDirection::AtLeast ? *warning > *target : *warning < *target))
        fail(where + QStringLiteral(".warning"),
             QStringLiteral("must lie past the target on the failing side"));
    kpi.target = domain::KpiTarget{*target, *direction, warning};
    return kpi;
}

TrendSpec trendAt(const QJsonValue& v, const QString& where)
{
    const QJsonObject o = objectAt(v, where);
    return TrendSpec{textAt(o, QStringLiteral("title"), where), seriesListAt(o, where),
                     periodAt(o, QStringLiteral("range"), where, 86400)};
}

BreakdownSpec breakdownAt(const QJsonValue& v, const QString& where)
{
    const QJsonObject o = objectAt(v, where);
    BreakdownSpec b{textAt(o, QStringLiteral("title"), where), seriesListAt(o, where), {}};
    const QString aggregate = o.value(QLatin1String("aggregate")).toString(QStringLiteral("mean"));
    if (aggregate == QLatin1String("mean"))
        b.aggregate = BreakdownAggregate::Mean;
    else if (aggregate == QLatin1String("sum"))
        b.aggregate = BreakdownAggregate::Sum;
    else if (aggregate == QLatin1String("max"))
        b.aggregate = BreakdownAggregate::Max;
    else if (aggregate == QLatin1String("min"))
        b.aggregate = BreakdownAggregate::Min;
    else
        fail(where + QStringLiteral(".aggregate"), QStringLiteral("must be mean, sum, max or min"));
    return b;
}

DashboardSpec dashboardAt(const QJsonValue& v, const QString& where)
{
    const QJsonObject o = objectAt(v, where);
    DashboardSpec d;
    d.id = stringAt(o, QStringLiteral("id"), where);
    d.article = stringAt(o, QStringLiteral("article"), where);
    d.title = textAt(o, QStringLiteral("title"), where);
    const QJsonArray kpis = arrayAt(o, QStringLiteral("kpis"), where, false);
    for (int i = 0; i < kpis.size(); ++i)
        d.kpis.push_back(kpiAt(kpis[i], QStringLiteral("%1.kpis[%2]").arg(where).arg(i)));
    const QJsonArray trends = arrayAt(o, QStringLiteral("trends"), where, false);
    for (int i = 0; i < trends.size(); ++i)
        d.trends.push_back(trendAt(trends[i], QStringLiteral("%1.trends[%2]").arg(where).arg(i)));
    if (d.kpis.empty() && d.trends.empty())
        fail(where, QStringLiteral("needs at least one KPI or trend"));
    if (o.contains(QLatin1String("breakdown")))
        d.breakdown =
            breakdownAt(o.value(QLatin1String("breakdown")), where + QStringLiteral(".breakdown"));
    return d;
}

} // namespace

std::optional<qint64> dashboardPeriodSeconds(const QString& name)
{
    if (name == QLatin1String("1h"))
        return 3600;
    if (name == QLatin1String("24h"))
        return 86400;
    if (name == QLatin1String("7d"))
        return 7 * 86400;
    if (name == QLatin1String("30d"))
        return 30 * 86400;
    return std::nullopt;
}

bool matchesSeriesPattern(const QString& id, const QString& pattern)
{
    const QStringList parts = pattern.split(QLatin1Char('*'));
    QString re;
    for (const QString& part : parts)
        re += (re.isEmpty() && part == parts.first() ? QString() : QStringLiteral(".*")) +
              QRegularExpression::escape(part);
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(id).hasMatch();
}

std::optional<std::vector<DashboardSpec>> parseDashboardConfig(const QByteArray& json,
                                                               QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError)
            fail(QStringLiteral("offset %1").arg(parseError.offset),
                 QStringLiteral("not JSON: %1").arg(parseError.errorString()));
        if (!doc.isObject())
            fail(QStringLiteral("(top level)"), QStringLiteral("must be an object"));
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("version")).toInt(-1) != 1)
            fail(QStringLiteral("version"), QStringLiteral("must be 1"));
        const QJsonArray list = arrayAt(root, QStringLiteral("dashboards"), QString(), true);
        if (list.isEmpty())
            fail(QStringLiteral("dashboards"), QStringLiteral("must list at least one dashboard"));
        std::vector<DashboardSpec> dashboards;
        QSet<QString> ids;
        for (int i = 0; i < list.size(); ++i) {
            const QString where = QStringLiteral("dashboards[%1]").arg(i);
            dashboards.push_back(dashboardAt(list[i], where));
            if (ids.contains(dashboards.back().id))
                fail(where + QStringLiteral(".id"),
                     QStringLiteral("'%1' is used twice").arg(dashboards.back().id));
            ids.insert(dashboards.back().id);
        }
        return dashboards;
    } catch (const ConfigError& e) {
        if (error) {
            QString where = e.where;
            if (where.startsWith(QLatin1Char('.')))
                where.remove(0, 1);
            *error = QStringLiteral("%1: %2").arg(where, e.what);
        }
        return std::nullopt;
    }
}

std::optional<std::vector<DashboardSpec>> loadDashboardConfig(const QString& path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString detail;
    auto dashboards = parseDashboardConfig(file.readAll(), &detail);
    if (!dashboards && error)
        *error = QStringLiteral("%1: %2").arg(path, detail);
    return dashboards;
}

} // namespace ioc::console
