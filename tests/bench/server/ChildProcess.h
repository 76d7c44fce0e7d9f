// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace ioc::bench {

// A program on PATH, or in one of `extraDirs` (nginx lives in /usr/sbin, often not on PATH).
std::optional<std::filesystem::path> findProgram(const std::string& name,
                                                 const std::vector<std::string>& extraDirs = {});

// A child process with stdout and stderr going to one file. The destructor stops it if it is
// still running, so a failing benchmark never leaves a server behind.
class ChildProcess
{
public:
    ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& output);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    bool running();
    // Waits for the exit; returns the exit code (128 + signal when killed).
    int wait();
    // SIGTERM, then SIGKILL after `grace`; returns the exit code.
    int stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    pid_t m_pid = -1;
    std::optional<int> m_status;
};

std::string readFile(const std::filesystem::path& file);

// CPU seconds (user + system) used so far by process `pid` and its live children, e.g. nginx's
// master and workers.
double processTreeCpuSeconds(pid_t pid);

} // namespace ioc::bench
