// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/storage/Database.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

namespace ioc::server {

// Owns the SQLite connection and runs every write on one thread, in order, so request
// handlers never block on disk.
class StorageWriter
{
public:
    using Task = std::function<void(storage::Database&)>;

    explicit StorageWriter(storage::Database db);
    ~StorageWriter(); // drains the queue, then joins

    void post(Task task);
    // Tasks posted and not yet started: lets callers hold back optional work when the disk lags.
    std::size_t backlog();
    // Runs a task and waits for it (start-up and shutdown only).
    void runSync(Task task);

private:
    void loop();

    storage::Database m_db;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ioc::server
