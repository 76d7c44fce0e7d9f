// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real iocd binary (IOCD_BINARY) with a command line and collects its output and status.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>

namespace ioc::test {

struct IocdRun
{
    int status = -1;
    std::string out; // stdout and stderr together
};

// `env` is prepended to the shell command (e.g. "PW='…'").
inline IocdRun runIocd(const std::string& args, const std::string& env = {})
{
    const char *bin = std::getenv("IOCD_BINARY");
    EXPECT_NE(bin, nullptr);
    std::string cmd = env;
    cmd.append(" '").append(bin ? bin : "iocd").append("' ").append(args).append(" 2>&1");
    IocdRun r;
    FILE *p = popen(cmd.c_str(), "r");
    if (!p)
        return r;
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), buf.size(), p))
        r.out += buf.data();
    const int rc = pclose(p);
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return r;
}

} // namespace ioc::test
