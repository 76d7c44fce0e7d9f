// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QString>

// The demo landmarks shipped in resources/map/haiphong_landmarks.csv, with the unit each falls
// in as computed independently by the data set's authors.
struct Landmark
{
    QString id;
    QString name;
    QGeoCoordinate coordinate;
    QString unitCode; // empty at sea
    QString unitName;
};

QList<Landmark> readLandmarks();
Landmark landmark(const QString& id);
