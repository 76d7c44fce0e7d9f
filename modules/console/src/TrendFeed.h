// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QXYSeries>

namespace ioc::console {

class DashboardController;

// Feeds one trend chart (Qt Charts line series created by the view) from iocd: the history of
// each series over the chosen range (GET /series/{id}/history, binned for the longer ranges),
// then the live values as they arrive, appended in one batch per second per line, not one
// repaint per point. For the first series it also fills a forecast band (GET
// /series/{id}/forecast) when the server has one; a 404 means none and shows nothing.
class TrendFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ioc::console::DashboardController *controller READ controller WRITE setController
                   NOTIFY controllerChanged)
    Q_PROPERTY(QStringList seriesIds READ seriesIds WRITE setSeriesIds NOTIFY seriesIdsChanged)
    Q_PROPERTY(
        qint64 rangeSeconds READ rangeSeconds WRITE setRangeSeconds NOTIFY rangeSecondsChanged)
    Q_PROPERTY(QDateTime from READ from NOTIFY extentChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY extentChanged)
    Q_PROPERTY(double minValue READ minValue NOTIFY extentChanged)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY extentChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY extentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasForecast READ hasForecast NOTIFY forecastChanged)

public:
    explicit TrendFeed(QObject *parent = nullptr);

    DashboardController *controller() const { return m_controller; }
    void setController(DashboardController *controller);
    QStringList seriesIds() const { return m_ids; }
    void setSeriesIds(const QStringList& ids);
    qint64 rangeSeconds() const { return m_range; }
    void setRangeSeconds(qint64 seconds);
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    double minValue() const { return m_min; }
    double maxValue() const { return m_max; }
    int pointCount() const { return m_points; }
    bool loading() const { return m_pending > 0; }
    bool hasForecast() const { return m_hasForecast; }

    // The view hands over the line for series `index` (same order as seriesIds).
    Q_INVOKABLE void attachLine(int index, QAbstractSeries *line);
    // The forecast band's upper and lower edges (an AreaSeries' two line series).
    Q_INVOKABLE void attachBand(QAbstractSeries *upper, QAbstractSeries *lower);
    // Step of the history bins for a range, 0 for raw points (1 h).
    static qint64 stepFor(qint64 rangeSeconds);

signals:
    void controllerChanged();
    void seriesIdsChanged();
    void rangeSecondsChanged();
    void extentChanged();
    void loadingChanged();
    void forecastChanged();

private:
    void scheduleReload();
    void reload();
    void requestHistory(int index, quint64 generation);
    void requestForecast(quint64 generation);
    void onSeriesChanged(const QModelIndex& first, const QModelIndex& last,
                         const QList<int>& roles);
    void flush();
    void updateExtent();
    void finishRequest();

    QPointer<DashboardController> m_controller;
    QStringList m_ids;
    qint64 m_range = 86400;
    std::vector<QPointer<QXYSeries>> m_lines;
    std::vector<QList<QPointF>> m_data; // what each line shows
    std::vector<QList<QPointF>> m_live; // live points waiting for the next flush
    QPointer<QXYSeries> m_upper;
    QPointer<QXYSeries> m_lower;
    QList<QPointF> m_bandUpper;
    QList<QPointF> m_bandLower;
    bool m_hasForecast = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    QDateTime m_from;
    QDateTime m_to;
    double m_min = 0;
    double m_max = 1;
    int m_points = 0;
    QTimer m_flushTimer;
    QTimer m_reloadTimer;
    QMetaObject::Connection m_seriesConnection;
    QMetaObject::Connection m_resetConnection;
};

} // namespace ioc::console
