// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QXYSeries;

namespace ioc::protocol {
struct SeriesValue;
}

namespace ioc::console {

class WallController;

// Feeds a trend chart tile: the last `windowSeconds` of each series from
// GET /series/{id}/history, then every new value from the stream appended to the chart's line
// (and old points dropped) without rebuilding it. `legend` carries each series' label, value and
// freshness so the tile can show which line is stale.
class WallTrendFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ioc::console::WallController *wall READ wall WRITE setWall NOTIFY wallChanged)
    Q_PROPERTY(QStringList seriesIds READ seriesIds WRITE setSeriesIds NOTIFY seriesIdsChanged)
    Q_PROPERTY(int windowSeconds READ windowSeconds WRITE setWindowSeconds NOTIFY seriesIdsChanged)
    Q_PROPERTY(QDateTime from READ from NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY rangeChanged)
    Q_PROPERTY(double minimum READ minimum NOTIFY rangeChanged)
    Q_PROPERTY(double maximum READ maximum NOTIFY rangeChanged)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY legendChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY rangeChanged)

public:
    explicit WallTrendFeed(QObject *parent = nullptr);

    WallController *wall() const { return m_wall; }
    void setWall(WallController *wall);
    QStringList seriesIds() const { return m_ids; }
    void setSeriesIds(const QStringList& ids);
    int windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(int seconds);
    QDateTime from() const { return m_to.addSecs(-m_windowSeconds); }
    QDateTime to() const { return m_to; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QVariantList legend() const { return m_legend; }
    int loadedCount() const { return m_loaded; }

    // The chart's line for seriesIds[index] (a QML LineSeries).
    Q_INVOKABLE void attach(int index, QObject *series);

    // Adds a point to a line (used by the stream, and by the benchmark's generator).
    void appendPoint(int index, QPointF point);
    // Replaces a line's points (history answer; the benchmark's initial fill).
    void setPoints(int index, QList<QPointF> points);

signals:
    void wallChanged();
    void seriesIdsChanged();
    void rangeChanged();
    void legendChanged();

private:
    void reload();
    void onValue(const protocol::SeriesValue& value);
    void updateRange();
    void updateLegend();

    QPointer<WallController> m_wall;
    QStringList m_ids;
    int m_windowSeconds = 3600;
    QList<QList<QPointF>> m_points;
    QList<QPointer<QXYSeries>> m_lines;
    QDateTime m_to;
    double m_min = 0;
    double m_max = 1;
    int m_loaded = 0;
    quint64 m_generation = 0;
    QVariantList m_legend;
    QMetaObject::Connection m_valueConnection;
};

} // namespace ioc::console
