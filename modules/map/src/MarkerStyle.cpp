// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkerStyle.h"

namespace ioc::map::MarkerStyle {

QColor severityColor(int severity)
{
    switch (severity) {
    case 1:
        return QColor(0x4f, 0xc3, 0x8a); // low
    case 2:
        return QColor(0xf6, 0xb9, 0x3b); // medium (the console's "late" amber)
    case 3:
        return QColor(0xff, 0x7a, 0x2f); // high
    case 4:
        return QColor(0xff, 0x3b, 0x4e); // critical
    default:
        return QColor(0x9a, 0xa5, 0xb1);
    }
}

QColor colorOf(const MapMarker& marker)
{
    if (marker.color.isValid())
        return marker.color;
    if (marker.kind == QLatin1String("incident"))
        return severityColor(marker.severity);
    if (marker.kind == QLatin1String("report"))
        return QColor(0xc0, 0x84, 0xfc);
    if (marker.kind == QLatin1String("camera"))
        return QColor(0x2c, 0xc9, 0xc0);
    if (marker.kind == QLatin1String("sensor.air"))
        return QColor(0xa3, 0xd9, 0x77);
    if (marker.kind == QLatin1String("sensor.water"))
        return QColor(0x3f, 0xa7, 0xff);
    if (marker.kind == QLatin1String("sensor.rain"))
        return QColor(0x8f, 0x9b, 0xff);
    if (marker.kind == QLatin1String("sensor.traffic"))
        return QColor(0xff, 0xd5, 0x4a);
    return QColor(0xd0, 0xd7, 0xde);
}

SpriteAtlas::Shape shapeOf(const QString& kind)
{
    if (kind == QLatin1String("report"))
        return SpriteAtlas::Shape::Square;
    if (kind == QLatin1String("camera"))
        return SpriteAtlas::Shape::Triangle;
    if (kind.startsWith(QLatin1String("sensor")))
        return SpriteAtlas::Shape::Diamond;
    return SpriteAtlas::Shape::Circle;
}

int sizeOf(const QString& kind)
{
    return kind == QLatin1String("incident") ? 18 : 15;
}

int clusterSize(int count)
{
    if (count < 10)
        return 26;
    if (count < 100)
        return 32;
    if (count < 1000)
        return 38;
    return 44;
}

} // namespace ioc::map::MarkerStyle
