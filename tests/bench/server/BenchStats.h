// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
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
// Minor page faults of this process so far.
long minorPageFaults();

// CPU seconds (user + system) of this process's threads, summed by thread name (/proc comm), so
// an in-process benchmark can say how much CPU the server's threads used apart from its own.
std::map<std::string, double> cpuSecondsByThreadName();
// Names the calling thread (at most 15 characters) for cpuSecondsByThreadName().
void nameThisThread(const std::string& name);

} // namespace ioc::bench
