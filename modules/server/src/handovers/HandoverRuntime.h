// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoverService.h"

#include "ioc/protocol/Result.h"

#include <filesystem>
#include <memory>

namespace boost::asio {
class io_context;
}

namespace ioc::server {

class LiveData;
class SourceQuality;

// The handover service with what keeps it going: the rota (built in, or `--shift-rota FILE`),
// its own full-sync SQLite connection, the stream publisher and the escalation timer on the
// server's io_context. Destroy it before the io_context.
class HandoverRuntime
{
public:
    struct Options
    {
        std::filesystem::path databaseFile;
        std::filesystem::path rotaFile; // empty: builtinRotaConfig(demo)
        bool demo = false;
    };

    static protocol::Result<std::unique_ptr<HandoverRuntime>>
    start(boost::asio::io_context& ioc, const Options& options, const domain::Clock& clock,
          LiveData& live, const SourceQuality& quality);
    ~HandoverRuntime();

    HandoverService& service() { return *m_service; }

private:
    struct Timer;
    HandoverRuntime() = default;
    void scheduleEscalationCheck();

    std::unique_ptr<HandoverService> m_service;
    std::unique_ptr<Timer> m_timer;
};

} // namespace ioc::server
