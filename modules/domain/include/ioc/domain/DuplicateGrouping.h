// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ioc::domain {

// What duplicate grouping looks at in one report.
struct DuplicateCandidate
{
    std::int64_t id = 0;
    TimePoint observedAt;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string unitCode; // commune-level unit; used when a report has no point
    std::string text;     // text and address; folded for comparison
};

// Two reports are likely the same event when all three hold: near in space (both points within
// `maxDistanceM`, or, when either has no point, the same commune-level unit), near in time
// (observed within `maxGap`), and similar text (Jaccard of their folded words at least
// `minSimilarity`, diacritics and case ignored).
struct DuplicateThresholds
{
    double maxDistanceM = 300;
    Milliseconds maxGap = std::chrono::hours(6);
    double minSimilarity = 0.25;
};

// Great-circle distance in metres.
double distanceMetres(double lat1, double lon1, double lat2, double lon2);

bool likelyDuplicates(const DuplicateCandidate& a, const DuplicateCandidate& b,
                      const DuplicateThresholds& t = {});

// Groups of two or more reports linked by likelyDuplicates (transitively: A~B and B~C put A, B
// and C together). Each group's ids ascend; groups are ordered by their first id. Reports with no
// duplicate are in no group.
std::vector<std::vector<std::int64_t>>
groupDuplicates(const std::vector<DuplicateCandidate>& reports, const DuplicateThresholds& t = {});

} // namespace ioc::domain
