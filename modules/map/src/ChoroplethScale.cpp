// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoroplethScale.h"

#include <algorithm>
#include <cmath>

namespace ioc::map {

ChoroplethScale::ChoroplethScale()
    // Dark to bright on the dark console: the highest values stand out. Blues, so the
    // red/amber/green of incident severities drawn on top stay distinct.
    : m_stops{QColor(0x1e, 0x3a, 0x5c), QColor(0x25, 0x5f, 0x8f), QColor(0x2f, 0x8a, 0xc0),
              QColor(0x6c, 0xbd, 0xe6), QColor(0xcf, 0xee, 0xff)}
{}

void ChoroplethScale::setStops(const QList<QColor>& stops)
{
    if (!stops.isEmpty())
        m_stops = stops;
}

void ChoroplethScale::setRange(double minimum, double maximum)
{
    m_minimum = std::min(minimum, maximum);
    m_maximum = std::max(minimum, maximum);
}

double ChoroplethScale::position(double value) const
{
    if (!std::isfinite(value) || m_maximum <= m_minimum)
        return 0;
    return std::clamp((value - m_minimum) / (m_maximum - m_minimum), 0.0, 1.0);
}

QColor ChoroplethScale::colorAt(double value) const
{
    if (m_stops.size() == 1)
        return m_stops.front();
    const double scaled = position(value) * double(m_stops.size() - 1);
    const int i = std::min(int(scaled), int(m_stops.size()) - 2);
    const double t = scaled - i;
    const QColor& a = m_stops[i];
    const QColor& b = m_stops[i + 1];
    const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()),
                  mix(a.alpha(), b.alpha()));
}

} // namespace ioc::map
