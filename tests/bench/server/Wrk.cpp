// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wrk.h"

#include "ChildProcess.h"

#include <regex>
#include <stdexcept>

namespace ioc::bench {

WrkResult runWrk(const std::filesystem::path& wrk, const std::string& url, const WrkOptions& o,
                 const std::filesystem::path& workDir)
{
    std::vector<std::string> argv{wrk.string(),
                                  "-t",
                                  std::to_string(o.threads),
                                  "-c",
                                  std::to_string(o.connections),
                                  "-d",
                                  std::to_string(o.seconds) + "s",
                                  "--timeout",
                                  "10s"};
    for (const auto& h : o.headers) {
        argv.push_back("-H");
        argv.push_back(h);
    }
    argv.push_back(url);
    const auto out = workDir / "wrk-output.txt";
    ChildProcess p(argv, out);
    const int rc = p.wait();
    WrkResult r;
    r.raw = readFile(out);
    if (rc != 0)
        throw std::runtime_error("wrk failed (" + std::to_string(rc) + "): " + r.raw);
    std::smatch m;
    if (!std::regex_search(r.raw, m, std::regex(R"(Requests/sec:\s+([0-9.]+))")))
        throw std::runtime_error("no Requests/sec in wrk's output: " + r.raw);
    r.requestsPerS = std::stod(m[1].str());
    if (std::regex_search(r.raw, m, std::regex(R"(([0-9]+) requests in)")))
        r.requests = std::stol(m[1].str());
    if (std::regex_search(r.raw, m, std::regex(R"(Transfer/sec:\s+(\S+))")))
        r.transferPerS = m[1].str();
    if (std::regex_search(r.raw, m, std::regex(R"(Non-2xx or 3xx responses:\s+([0-9]+))")))
        r.non2xx = std::stol(m[1].str());
    r.socketErrors = r.raw.find("Socket errors:") != std::string::npos;
    return r;
}

} // namespace ioc::bench
