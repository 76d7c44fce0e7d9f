// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ioc::bench {

struct WrkOptions
{
    int threads = 1;
    int connections = 32;
    int seconds = 10;
    std::vector<std::string> headers; // "Name: value"
};

struct WrkResult
{
    double requestsPerS = 0;
    long requests = 0;
    std::string transferPerS; // as wrk prints it, e.g. "1.21GB"
    long non2xx = 0;
    bool socketErrors = false;
    std::string raw; // wrk's whole output, for a failure message
};

// Runs Debian's wrk (HTTP/1.1 keep-alive, fixed connections and duration) and reads its summary.
WrkResult runWrk(const std::filesystem::path& wrk, const std::string& url, const WrkOptions& o,
                 const std::filesystem::path& workDir);

} // namespace ioc::bench
