// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ioc::bench {

// Nearest-rank percentile (p in [0, 100]) of an unsorted sample; sorts it in place.
double percentile(std::vector<std::uint32_t>& sample, double p);
double median(std::vector<double> values);

// The machine is shared: every figure is printed next to the load it was measured under.
std::string loadAverage();
// Peak resident set of this process so far, and the current one, in MiB.
double peakRssMiB();
double currentRssMiB();

} // namespace ioc::bench
