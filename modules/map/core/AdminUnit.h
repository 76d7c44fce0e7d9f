// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QString>

namespace ioc::map {

// A commune-level unit (xã, phường or đặc khu) of the city, as the data set describes it.
struct AdminUnit
{
    enum class Type : quint8 { Ward, Commune, SpecialZone };

    QString code;     // 5-digit code of CV 1027/CTK-CSCL, e.g. "11413"
    QString name;     // "Hải An"
    QString fullName; // "Phường Hải An"
    QString nameEn;   // "Hai An"
    Type type = Type::Commune;
    double areaKm2 = 0;
    QGeoCoordinate labelPoint; // inside the unit's largest polygon
};

} // namespace ioc::map
