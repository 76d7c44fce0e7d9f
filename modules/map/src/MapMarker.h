// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace ioc::map {

// One thing with a place: an incident, a citizen report, a camera, a sensor.
// `kind` is one of "incident", "report", "camera", "sensor.air", "sensor.water", "sensor.rain",
// "sensor.traffic" (others draw as a generic point); layers select markers by kind.
struct MapMarker
{
    QString id{};
    QString kind{};
    double latitude = 0;
    double longitude = 0;
    int severity = 0;      // incidents: 1 low … 4 critical; 0 when not applicable
    QColor color{};        // overrides the kind/severity colour when valid
    QString label{};       // one line for the tooltip
    QDateTime timestamp{}; // when it happened / was last observed (UTC)
    bool overdue = false;

    bool operator==(const MapMarker&) const = default;
};

} // namespace ioc::map
