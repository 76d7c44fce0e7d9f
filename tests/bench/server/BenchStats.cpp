// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStats.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <pthread.h>

#include <sys/resource.h>
#include <unistd.h>

namespace ioc::bench {

double percentile(std::vector<std::uint32_t>& sample, double p)
{
    if (sample.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(sample.size())));
    const auto index = std::min(sample.size() - 1, rank == 0 ? 0 : rank - 1);
    std::nth_element(sample.begin(), sample.begin() + std::ptrdiff_t(index), sample.end());
    return sample[index];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

double peakRssMiB()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

long minorPageFaults()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

double currentRssMiB()
{
    std::ifstream in("/proc/self/statm");
    long size = 0, resident = 0;
    in >> size >> resident;
    return double(resident) * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

std::map<std::string, double> cpuSecondsByThreadName()
{
    std::map<std::string, double> out;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
        std::ifstream statFile(task.path() / "stat");
        std::string stat((std::istreambuf_iterator<char>(statFile)),
                         std::istreambuf_iterator<char>());
        // "tid (comm) state ppid ... utime stime": comm may hold spaces, so split after ')'.
        const auto open = stat.find('('), close = stat.rfind(')');
        if (open == std::string::npos || close == std::string::npos)
            continue;
        std::istringstream rest(stat.substr(close + 2));
        std::string field;
        unsigned long long utime = 0, stime = 0;
        for (int i = 3; i <= 13 && rest >> field; ++i) {
        }
        rest >> utime >> stime;
        out[stat.substr(open + 1, close - open - 1)] += double(utime + stime) / tick;
    }
    return out;
}

void nameThisThread(const std::string& name)
{
    ::pthread_setname_np(::pthread_self(), name.substr(0, 15).c_str());
}

} // namespace ioc::bench
