// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkerClusterer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace ioc::map {

void MarkerClusterer::build(const std::vector<Input>& markers, double cellSize)
{
    m_clusters.clear();
    m_members.clear();
    std::vector<int> clusterOf(markers.size());
    if (cellSize <= 0) {
        for (std::size_t i = 0; i < markers.size(); ++i)
            clusterOf[i] = int(i);
        m_clusters.resize(markers.size());
    } else {
        std::unordered_map<std::uint64_t, int> cells;
        cells.reserve(markers.size());
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const auto cx = std::uint32_t(std::int32_t(std::floor(markers[i].position.x() / cellSize)));
            const auto cy = std::uint32_t(std::int32_t(std::floor(markers[i].position.y() / cellSize)));
            const auto [it, inserted] =
                cells.try_emplace((std::uint64_t(cx) << 32) | cy, int(m_clusters.size()));
            if (inserted)
                m_clusters.emplace_back();
            clusterOf[i] = it->second;
        }
    }

    // Counting pass, then a prefix sum gives each cluster a contiguous run of members.
    for (int c : clusterOf)
        ++m_clusters[std::size_t(c)].count;
    int offset = 0;
    for (Cluster& c : m_clusters) {
        c.firstMember = offset;
        offset += c.count;
        c.count = 0;
    }
    m_members.resize(markers.size());
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const Input& in = markers[i];
        Cluster& c = m_clusters[std::size_t(clusterOf[i])];
        m_members[std::size_t(c.firstMember + c.count)] = in.row;
        c.position += in.position;
        // QRectF::united() ignores empty rectangles, and a lone point is one: grow by hand.
        if (c.count == 0) {
            c.bounds = QRectF(in.position, QSizeF(0, 0));
        } else {
            c.bounds.setLeft(std::min(c.bounds.left(), in.position.x()));
            c.bounds.setRight(std::max(c.bounds.right(), in.position.x()));
            c.bounds.setTop(std::min(c.bounds.top(), in.position.y()));
            c.bounds.setBottom(std::max(c.bounds.bottom(), in.position.y()));
        }
        if (c.count == 0 || in.severity > c.maxSeverity) {
            c.maxSeverity = in.severity;
            c.row = in.row;
        }
        c.anyOverdue = c.anyOverdue || in.overdue;
        ++c.count;
    }
    for (Cluster& c : m_clusters)
        c.position /= c.count;
    // Draw order: the most severe last, so it is on top and wins picking ties.
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
                     [](const Cluster& a, const Cluster& b) { return a.maxSeverity < b.maxSeverity; });
}

} // namespace ioc::map
