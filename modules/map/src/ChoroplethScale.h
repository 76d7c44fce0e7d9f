// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

#include <optional>

namespace ioc::map {

// Maps a per-unit value to a colour on a sequential scale between the smallest and largest
// value shown, interpolating linearly between evenly spaced colour stops.
class ChoroplethScale
{
public:
    ChoroplethScale();

    void setStops(const QList<QColor>& stops);
    const QList<QColor>& stops() const { return m_stops; }
    void setRange(double minimum, double maximum);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }

    // Position of the value on the scale, 0…1 (clamped); 0 when the range is a single value.
    double position(double value) const;
    QColor colorAt(double value) const;

private:
    QList<QColor> m_stops;
    double m_minimum = 0;
    double m_maximum = 1;
};

} // namespace ioc::map
