// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpatialGrid.h"

#include <algorithm>
#include <cmath>

namespace ioc::map {

SpatialGrid::SpatialGrid(double cellSize)
    : m_cellSize(cellSize > 0 ? cellSize : 1.0)
{}

void SpatialGrid::clear()
{
    m_points.clear();
    m_cells.clear();
}

std::uint64_t SpatialGrid::key(std::int64_t x, std::int64_t y)
{
    return (std::uint64_t(std::uint32_t(x)) << 32) | std::uint32_t(y);
}

std::int64_t SpatialGrid::cell(double v) const
{
    return std::int64_t(std::floor(v / m_cellSize));
}

void SpatialGrid::insert(int id, const QPointF& point)
{
    m_cells[key(cell(point.x()), cell(point.y()))].push_back(int(m_points.size()));
    m_points.push_back({id, point});
}

int SpatialGrid::nearest(const QPointF& point, double radius) const
{
    const double radiusSquared = radius * radius;
    double best = radiusSquared;
    int bestIndex = -1;
    for (std::int64_t y = cell(point.y() - radius); y <= cell(point.y() + radius); ++y) {
        for (std::int64_t x = cell(point.x() - radius); x <= cell(point.x() + radius); ++x) {
            const auto it = m_cells.find(key(x, y));
            if (it == m_cells.end())
                continue;
            for (int index : it->second) {
                const QPointF d = m_points[std::size_t(index)].point - point;
                const double distance = d.x() * d.x() + d.y() * d.y();
                if (distance < best || (distance == best && index > bestIndex)) {
                    best = distance;
                    bestIndex = index;
                }
            }
        }
    }
    return bestIndex < 0 ? -1 : m_points[std::size_t(bestIndex)].id;
}

std::vector<int> SpatialGrid::query(const QRectF& rect) const
{
    std::vector<int> indexes;
    for (std::int64_t y = cell(rect.top()); y <= cell(rect.bottom()); ++y) {
        for (std::int64_t x = cell(rect.left()); x <= cell(rect.right()); ++x) {
            const auto it = m_cells.find(key(x, y));
            if (it == m_cells.end())
                continue;
            for (int index : it->second) {
                if (rect.contains(m_points[std::size_t(index)].point))
                    indexes.push_back(index);
            }
        }
    }
    std::sort(indexes.begin(), indexes.end());
    std::vector<int> ids;
    ids.reserve(indexes.size());
    for (int index : indexes)
        ids.push_back(m_points[std::size_t(index)].id);
    return ids;
}

} // namespace ioc::map
