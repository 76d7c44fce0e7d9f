// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace ioc::map {

// A uniform hash grid of points for radius queries (marker picking). Cells are keyed sparsely,
// so a city-wide grid of small cells costs memory only where there are points.
class SpatialGrid
{
public:
    explicit SpatialGrid(double cellSize = 32.0);

    void clear();
    void insert(int id, const QPointF& point);
    int size() const { return int(m_points.size()); }

    // The id nearest to `point` within `radius`, or -1. Ties go to the id inserted last (drawn on
    // top).
    int nearest(const QPointF& point, double radius) const;
    // Every id within the rectangle, in insertion order.
    std::vector<int> query(const QRectF& rect) const;

private:
    static std::uint64_t key(std::int64_t x, std::int64_t y);
    std::int64_t cell(double v) const;

    struct Entry
    {
        int id;
        QPointF point;
    };
    double m_cellSize;
    std::vector<Entry> m_points;
    std::unordered_map<std::uint64_t, std::vector<int>> m_cells; // → indexes into m_points
};

} // namespace ioc::map
