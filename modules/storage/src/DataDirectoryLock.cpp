// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/DataDirectoryLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <string>
#include <utility>

namespace ioc::storage {

std::optional<DataDirectoryLock> DataDirectoryLock::tryAcquire(const std::filesystem::path& dataDir,
                                                               std::string *holder)
{
    const auto file = dataDir / "iocd.lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (holder)
            *holder = "cannot open " + file.string();
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (holder) {
            std::array<char, 32> buf{};
            const auto n = ::pread(fd, buf.data(), buf.size() - 1, 0);
            *holder = n > 0 ? "pid " + std::string(buf.data(), static_cast<std::size_t>(n))
                            : "another process";
        }
        ::close(fd);
        return std::nullopt;
    }
    // Record who holds it, for the message another process prints.
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.data(), pid.size(), 0);
    return DataDirectoryLock(fd);
}

DataDirectoryLock::DataDirectoryLock(DataDirectoryLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

DataDirectoryLock& DataDirectoryLock::operator=(DataDirectoryLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

DataDirectoryLock::~DataDirectoryLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

} // namespace ioc::storage
