// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapMarker.h"
#include "MapMarkerModel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace ioc::map {

// A toggleable set of markers drawn by MapView as one batched node: the markers of `model`
// whose kind is in `kinds` and whose timestamp falls in the time window. Clustered with counts
// below `clusterMaxZoom`.
class MapMarkerLayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(ioc::map::MapMarkerModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY kindsChanged)
    Q_PROPERTY(bool visible READ isVisible WRITE setVisible NOTIFY visibleChanged)
    Q_PROPERTY(bool clustering READ clustering WRITE setClustering NOTIFY clusteringChanged)
    Q_PROPERTY(
        double clusterRadius READ clusterRadius WRITE setClusterRadius NOTIFY clusteringChanged)
    Q_PROPERTY(
        double clusterMaxZoom READ clusterMaxZoom WRITE setClusterMaxZoom NOTIFY clusteringChanged)
    Q_PROPERTY(TimeWindow timeWindow READ timeWindow WRITE setTimeWindow NOTIFY timeFilterChanged)
    Q_PROPERTY(QDateTime from READ from WRITE setFrom NOTIFY timeFilterChanged)
    Q_PROPERTY(QDateTime to READ to WRITE setTo NOTIFY timeFilterChanged)
    Q_PROPERTY(
        QDateTime referenceTime READ referenceTime WRITE setReferenceTime NOTIFY timeFilterChanged)

public:
    // Relative windows end at `referenceTime` (the clock when unset); Custom uses from/to.
    enum TimeWindow { AnyTime, LastHour, Last6Hours, Last24Hours, Custom };
    Q_ENUM(TimeWindow)

    explicit MapMarkerLayer(QObject *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString& title);
    MapMarkerModel *model() const { return m_model; }
    void setModel(MapMarkerModel *model);
    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList& kinds);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    bool clustering() const { return m_clustering; }
    void setClustering(bool clustering);
    double clusterRadius() const { return m_clusterRadius; }
    void setClusterRadius(double radius);
    double clusterMaxZoom() const { return m_clusterMaxZoom; }
    void setClusterMaxZoom(double zoom);
    TimeWindow timeWindow() const { return m_timeWindow; }
    void setTimeWindow(TimeWindow window);
    QDateTime from() const { return m_from; }
    void setFrom(const QDateTime& from);
    QDateTime to() const { return m_to; }
    void setTo(const QDateTime& to);
    QDateTime referenceTime() const { return m_referenceTime; }
    void setReferenceTime(const QDateTime& time);

    // The time the relative windows end at for this evaluation.
    QDateTime now() const;
    // Whether the marker passes the kind and time filters (`now` from now()).
    bool accepts(const MapMarker& marker, const QDateTime& now) const;
    // True when the set of accepted markers changes by itself as the clock runs.
    bool dependsOnClock() const;

signals:
    void titleChanged();
    void modelChanged();
    void kindsChanged();
    void visibleChanged();
    void clusteringChanged();
    void timeFilterChanged();
    // Any change that alters what the layer draws (filters, model rows or data).
    void contentChanged();

private:
    QString m_title;
    QPointer<MapMarkerModel> m_model;
    QStringList m_kinds;
    bool m_visible = true;
    bool m_clustering = true;
    double m_clusterRadius = 40; // grid cells of 80 px, like common web-map clusterers
    double m_clusterMaxZoom = 16;
    TimeWindow m_timeWindow = AnyTime;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_referenceTime;
};

} // namespace ioc::map
