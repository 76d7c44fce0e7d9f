// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace ioc::bench {

std::optional<std::filesystem::path> findProgram(const std::string& name,
                                                 const std::vector<std::string>& extraDirs)
{
    std::vector<std::string> dirs;
    if (const char *path = std::getenv("PATH")) {
        std::stringstream ss(path);
        for (std::string d; std::getline(ss, d, ':');)
            dirs.push_back(d);
    }
    dirs.insert(dirs.end(), extraDirs.begin(), extraDirs.end());
    for (const auto& d : dirs) {
        const auto candidate = std::filesystem::path(d) / name;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return std::nullopt;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv,
                           const std::filesystem::path& output)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char *> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const int rc = ::posix_spawn(&m_pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::system_error(rc, std::generic_category(), "posix_spawn " + argv.at(0));
}

ChildProcess::~ChildProcess()
{
    if (!m_status)
        stop(std::chrono::seconds(2));
}

bool ChildProcess::running()
{
    if (m_status)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return false;
    }
    return true;
}

int ChildProcess::wait()
{
    if (m_status)
        return *m_status;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return *m_status;
}

int ChildProcess::stop(std::chrono::milliseconds grace)
{
    if (!running())
        return *m_status;
    ::kill(m_pid, SIGTERM);
    const auto until = std::chrono::steady_clock::now() + grace;
    while (running() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (running())
        ::kill(m_pid, SIGKILL);
    return wait();
}

namespace {
// utime + stime and the parent of /proc/<pid>/stat; comm may hold spaces, so split after ')'.
bool readStat(const std::filesystem::path& stat, pid_t& parent, double& cpu)
{
    const std::string text = readFile(stat);
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream rest(text.substr(close + 2));
    std::string state;
    long ppid = 0;
    rest >> state >> ppid;
    std::string skip;
    for (int field = 5; field <= 13; ++field)
        rest >> skip;
    unsigned long long utime = 0, stime = 0;
    rest >> utime >> stime;
    parent = pid_t(ppid);
    cpu = double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
    return bool(rest);
}
} // namespace

double processTreeCpuSeconds(pid_t pid)
{
    double total = 0;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        pid_t parent = 0;
        double cpu = 0;
        if (readStat(entry.path() / "stat", parent, cpu) &&
            (std::stol(name) == pid || parent == pid))
            total += cpu;
    }
    return total;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace ioc::bench
