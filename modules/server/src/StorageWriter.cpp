// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageWriter.h"

#include "Log.h"

#include <future>

namespace ioc::server {

StorageWriter::StorageWriter(storage::Database db)
    : m_db(std::move(db))
    , m_thread([this] { loop(); })
{
}

StorageWriter::~StorageWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_one();
    m_thread.join();
}

void StorageWriter::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_cv.notify_one();
}

std::size_t StorageWriter::backlog()
{
    std::lock_guard lock(m_mutex);
    return m_tasks.size();
}

void StorageWriter::runSync(Task task)
{
    std::promise<void> done;
    auto future = done.get_future();
    post([&](storage::Database& db) {
        try {
            task(db);
            done.set_value();
        } catch (...) {
            done.set_exception(std::current_exception());
        }
    });
    future.get();
}

void StorageWriter::loop()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return; // stopping and drained
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        try {
            task(m_db);
        } catch (const std::exception& e) {
            log(LogLevel::Error, "storage_write_failed", {{"error", e.what()}});
        }
    }
}

} // namespace ioc::server
