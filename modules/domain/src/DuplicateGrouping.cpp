// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/DuplicateGrouping.h"

#include "ioc/domain/TextFold.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace ioc::domain {

double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371000.0;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

namespace {
bool nearInSpace(const DuplicateCandidate& a, const DuplicateCandidate& b,
                 const DuplicateThresholds& t)
{
    if (a.lat && a.lon && b.lat && b.lon)
        return distanceMetres(*a.lat, *a.lon, *b.lat, *b.lon) <= t.maxDistanceM;
    return !a.unitCode.empty() && a.unitCode == b.unitCode;
}

bool nearInTime(const DuplicateCandidate& a, const DuplicateCandidate& b,
                const DuplicateThresholds& t)
{
    const auto gap =
        a.observedAt > b.observedAt ? a.observedAt - b.observedAt : b.observedAt - a.observedAt;
    return gap <= t.maxGap;
}
} // namespace

bool likelyDuplicates(const DuplicateCandidate& a, const DuplicateCandidate& b,
                      const DuplicateThresholds& t)
{
    return nearInSpace(a, b, t) && nearInTime(a, b, t) &&
           jaccard(foldedTokens(a.text), foldedTokens(b.text)) >= t.minSimilarity;
}

std::vector<std::vector<std::int64_t>>
groupDuplicates(const std::vector<DuplicateCandidate>& reports, const DuplicateThresholds& t)
{
    const std::size_t n = reports.size();
    // Fold each text once, not once per pair.
    std::vector<std::set<std::string>> tokens;
    tokens.reserve(n);
    for (const auto& r : reports)
        tokens.push_back(foldedTokens(r.text));
    // Union-find over the pairs that match.
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    auto root = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (nearInSpace(reports[i], reports[j], t) && nearInTime(reports[i], reports[j], t) &&
                jaccard(tokens[i], tokens[j]) >= t.minSimilarity)
                parent[root(j)] = root(i);
    std::map<std::size_t, std::vector<std::int64_t>> byRoot;
    for (std::size_t i = 0; i < n; ++i)
        byRoot[root(i)].push_back(reports[i].id);
    std::vector<std::vector<std::int64_t>> groups;
    for (auto& [r, ids] : byRoot) {
        if (ids.size() < 2)
            continue;
        std::sort(ids.begin(), ids.end());
        groups.push_back(std::move(ids));
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

} // namespace ioc::domain
