// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ioc::storage {

// An advisory lock (flock) on `DIR/iocd.lock` held for as long as a process owns a data
// directory: a second server on the same directory, or a restore under a running server, is
// refused instead of corrupting it. The kernel drops the lock when the process dies, so a crash
// never leaves a stale lock behind.
class DataDirectoryLock
{
public:
    // Nullopt when another process holds it; `holder` then names its pid when known.
    static std::optional<DataDirectoryLock> tryAcquire(const std::filesystem::path& dataDir,
                                                       std::string *holder = nullptr);

    DataDirectoryLock(DataDirectoryLock&& other) noexcept;
    DataDirectoryLock& operator=(DataDirectoryLock&& other) noexcept;
    DataDirectoryLock(const DataDirectoryLock&) = delete;
    DataDirectoryLock& operator=(const DataDirectoryLock&) = delete;
    ~DataDirectoryLock();

private:
    explicit DataDirectoryLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace ioc::storage
