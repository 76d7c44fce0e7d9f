// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShapeLevel.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace ioc::map {

// Point-in-polygon lookup of the unit containing a point, over a uniform grid: each cell lists the
// shapes whose bounding box touches it, so a query tests the rings of two or three units instead
// of all 114. Holds a reference to `level`, which must outlive the index.
class UnitIndex
{
public:
    UnitIndex(const ShapeLevel& level, int shapeCount, int gridSize = 64);

    // Index of the shape containing `point` (map units), or -1.
    int shapeAt(const QPointF& point) const;
    // Even-odd test over all rings of one shape.
    bool contains(int shape, const QPointF& point) const;

    const QRectF& shapeBounds(int shape) const { return m_shapeBounds[std::size_t(shape)]; }
    const QRectF& bounds() const { return m_bounds; }

private:
    int cellOf(double v, double origin, double size) const;

    const ShapeLevel& m_level;
    std::vector<QRectF> m_shapeBounds;
    QRectF m_bounds;
    int m_gridSize;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    std::vector<std::vector<int>> m_cells;
};

} // namespace ioc::map
