// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildProcess.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace ioc::bench {

// Debian's nginx serving `root` as static files on a free loopback port, with a configuration
// generated in `workDir` (no root-owned defaults are read or written): sendfile, keep-alive,
// no access log, and gzip_static so "file.gz" is sent to clients that accept gzip.
class StaticNginx
{
public:
    StaticNginx(const std::filesystem::path& nginx, const std::filesystem::path& workDir,
                const std::filesystem::path& root, int workers);
    ~StaticNginx(); // stops nginx

    std::uint16_t port() const { return m_port; }
    std::string version() const { return m_version; }
    // CPU seconds used so far by nginx's master and workers.
    double cpuSeconds() const;

private:
    std::uint16_t m_port = 0;
    std::string m_version;
    std::unique_ptr<ChildProcess> m_process;
};

// A loopback port that was free a moment ago (nginx cannot be told to pick one itself).
std::uint16_t freeLoopbackPort();

} // namespace ioc::bench
