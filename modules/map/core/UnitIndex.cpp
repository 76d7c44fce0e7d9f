// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitIndex.h"

#include <algorithm>
#include <cmath>

namespace ioc::map {

UnitIndex::UnitIndex(const ShapeLevel& level, int shapeCount, int gridSize)
    : m_level(level)
    , m_gridSize(std::max(1, gridSize))
{
    m_shapeBounds.reserve(std::size_t(shapeCount));
    for (int s = 0; s < shapeCount; ++s) {
        m_shapeBounds.push_back(boundsOf(level, s));
        m_bounds = m_bounds.united(m_shapeBounds.back());
    }
    m_cellWidth = std::max(m_bounds.width() / m_gridSize, 1e-9);
    m_cellHeight = std::max(m_bounds.height() / m_gridSize, 1e-9);
    m_cells.resize(std::size_t(m_gridSize * m_gridSize));
    for (int s = 0; s < shapeCount; ++s) {
        const QRectF& b = m_shapeBounds[std::size_t(s)];
        if (b.isNull())
            continue;
        const int x0 = cellOf(b.left(), m_bounds.left(), m_cellWidth);
        const int x1 = cellOf(b.right(), m_bounds.left(), m_cellWidth);
        const int y0 = cellOf(b.top(), m_bounds.top(), m_cellHeight);
        const int y1 = cellOf(b.bottom(), m_bounds.top(), m_cellHeight);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                m_cells[std::size_t(y * m_gridSize + x)].push_back(s);
        }
    }
}

int UnitIndex::cellOf(double v, double origin, double size) const
{
    return std::clamp(int(std::floor((v - origin) / size)), 0, m_gridSize - 1);
}

int UnitIndex::shapeAt(const QPointF& point) const
{
    if (!m_bounds.contains(point))
        return -1;
    const int x = cellOf(point.x(), m_bounds.left(), m_cellWidth);
    const int y = cellOf(point.y(), m_bounds.top(), m_cellHeight);
    for (int s : m_cells[std::size_t(y * m_gridSize + x)]) {
        if (m_shapeBounds[std::size_t(s)].contains(point) && contains(s, point))
            return s;
    }
    return -1;
}

bool UnitIndex::contains(int shape, const QPointF& point) const
{
    const double px = point.x();
    const double py = point.y();
    bool inside = false;
    const Span rings = m_level.shapeRings[std::size_t(shape)];
    for (std::uint32_t r = rings.first; r < rings.first + rings.count; ++r) {
        const Span ring = m_level.rings[r];
        const MapPoint *pts = m_level.ringPoints.data() + ring.first;
        for (std::uint32_t i = 0, j = ring.count - 1; i < ring.count; j = i++) {
            const double yi = pts[i].y;
            const double yj = pts[j].y;
            if ((yi > py) != (yj > py)) {
                const double xCross = pts[j].x + (py - yj) * (pts[i].x - pts[j].x) / (yi - yj);
                if (px < xCross)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace ioc::map
