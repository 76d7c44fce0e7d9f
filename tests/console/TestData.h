// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Series.h"

#include <string>
#include <vector>

// Small, hand-made catalogue: three domains, five series with Vietnamese labels.
namespace ioc::testdata {

std::vector<protocol::Domain> domains();
protocol::SeriesSnapshot snapshot(std::int64_t seq = 10);
protocol::SeriesValue value(const std::string& id, double v, const std::string& observedAt,
                            domain::Freshness status = domain::Freshness::Fresh);

} // namespace ioc::testdata
