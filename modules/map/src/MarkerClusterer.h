// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace ioc::map {

// Grid clustering in Web Mercator space: markers falling in the same cell of a grid anchored to
// the world (not to the screen) merge, so clusters stay put while the map pans and change only
// when the zoom level or the markers change.
class MarkerClusterer
{
public:
    struct Input
    {
        QPointF position; // Web Mercator unit square
        int row = -1;     // model row
        int severity = 0;
        bool overdue = false;
    };
    struct Cluster
    {
        QPointF position; // mean of the members
        QRectF bounds;    // of the members
        int count = 0;
        int row = -1; // a single member's row; for clusters, the most severe member's row
        int maxSeverity = 0;
        bool anyOverdue = false;
        int firstMember = 0; // into members()
    };

    // `cellSize` in unit-square units; 0 disables clustering (one cluster per marker).
    void build(const std::vector<Input>& markers, double cellSize);

    const std::vector<Cluster>& clusters() const { return m_clusters; }
    // Model rows of cluster c: members()[c.firstMember … c.firstMember + c.count).
    const std::vector<int>& members() const { return m_members; }

private:
    std::vector<Cluster> m_clusters;
    std::vector<int> m_members;
    // Scratch space kept between builds: a rebuild per frame allocates nothing.
    std::vector<int> m_clusterOf;
    std::vector<std::uint64_t> m_slotKeys;
    std::vector<int> m_slotClusters;
    std::vector<Cluster> m_sorted;
};

} // namespace ioc::map
