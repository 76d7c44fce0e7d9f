// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkerClusterer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace ioc::map {

void MarkerClusterer::build(const std::vector<Input>& markers, double cellSize)
{
    m_clusters.clear();
    m_clusterOf.resize(markers.size());
    if (cellSize <= 0) {
        for (std::size_t i = 0; i < markers.size(); ++i)
            m_clusterOf[i] = int(i);
        m_clusters.resize(markers.size());
    } else {
        // Open addressing on the cell key, at most half full.
        std::size_t capacity = 64;
        while (capacity < markers.size() * 2)
            capacity *= 2;
        constexpr std::uint64_t kEmpty = ~std::uint64_t(0);
        m_slotKeys.assign(capacity, kEmpty);
        m_slotClusters.resize(capacity);
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const auto cx =
                std::uint32_t(std::int32_t(std::floor(markers[i].position.x() / cellSize)));
            const auto cy =
                std::uint32_t(std::int32_t(std::floor(markers[i].position.y() / cellSize)));
            const std::uint64_t key = (std::uint64_t(cx) << 32) | cy;
            std::size_t slot = ((key * 0x9E3779B97F4A7C15ull) >> 20) & (capacity - 1);
            while (m_slotKeys[slot] != kEmpty && m_slotKeys[slot] != key)
                slot = (slot + 1) & (capacity - 1);
            if (m_slotKeys[slot] == kEmpty) {
                m_slotKeys[slot] = key;
                m_slotClusters[slot] = int(m_clusters.size());
                m_clusters.emplace_back();
            }
            m_clusterOf[i] = m_slotClusters[slot];
        }
    }

    // Counting pass, then a prefix sum gives each cluster a contiguous run of members.
    for (int c : m_clusterOf)
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
        Cluster& c = m_clusters[std::size_t(m_clusterOf[i])];
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

    // Draw order: the most severe last, so it is on top and wins picking ties. A stable counting
    // sort over the five severity classes.
    constexpr int kClasses = 5;
    const auto classOf = [](const Cluster& c) {
        return std::clamp(c.maxSeverity, 0, kClasses - 1);
    };
    int starts[kClasses] = {};
    for (const Cluster& c : m_clusters)
        ++starts[classOf(c)];
    for (int k = 0, sum = 0; k < kClasses; ++k)
        sum += std::exchange(starts[k], sum);
    m_sorted.resize(m_clusters.size());
    for (const Cluster& c : m_clusters)
        m_sorted[std::size_t(starts[classOf(c)]++)] = c;
    m_clusters.swap(m_sorted);
}

} // namespace ioc::map
