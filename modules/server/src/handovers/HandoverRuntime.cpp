// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverRuntime.h"

#include "../Log.h"
#include "HandoverSources.h"
#include "HandoverStream.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <fstream>
#include <sstream>

namespace ioc::server {

namespace {
// Escalation is due at a wall-clock instant; a second of delay is invisible to a supervisor.
constexpr auto kEscalationCheck = std::chrono::seconds(1);

protocol::Result<RotaConfig> loadRota(const HandoverRuntime::Options& options)
{
    if (options.rotaFile.empty())
        return builtinRotaConfig(options.demo);
    std::ifstream in(options.rotaFile, std::ios::binary);
    if (!in)
        return protocol::Error{"config_unreadable", "cannot read " + options.rotaFile.string()};
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parseRotaConfig(text.str());
    if (!parsed)
        return protocol::Error{parsed.error().code, "shift rota: " + parsed.error().message};
    return parsed;
}

// A demo centre has a standing order in force, so every drafted handover shows one.
void seedDemoStandingOrder(HandoverService& service)
{
    if (!service.standingOrders(false).empty())
        return;
    service.createStandingOrder(
        {"DEMO Theo dõi triều cường và mưa lớn",
         "Theo dõi mực nước tại Hòn Dáu và các điểm ngập Lê Chân, Hồng Bàng; báo cáo lãnh đạo ca "
         "khi vượt ngưỡng cảnh báo.",
         service.now(), std::nullopt},
        {0, "supervisor", domain::Role::Supervisor});
}
} // namespace

struct HandoverRuntime::Timer
{
    explicit Timer(boost::asio::io_context& ioc)
        : timer(ioc)
    {}
    boost::asio::steady_timer timer;
};

protocol::Result<std::unique_ptr<HandoverRuntime>>
HandoverRuntime::start(boost::asio::io_context& ioc, const Options& options,
                       const domain::Clock& clock, LiveData& live, const SourceQuality& quality)
{
    auto config = loadRota(options);
    if (!config)
        return config.error();
    std::unique_ptr<HandoverRuntime> runtime(new HandoverRuntime);
    try {
        runtime->m_service = std::make_unique<HandoverService>(
            storage::Database::open(options.databaseFile, storage::Database::Durability::Full),
            std::move(*config), clock, handoverSourceProvider(quality, clock),
            handoverStreamPublisher(live));
        if (options.demo)
            seedDemoStandingOrder(*runtime->m_service);
    } catch (const std::exception& e) {
        return protocol::Error{"storage_failed", std::string("handovers: ") + e.what()};
    }
    const auto& rota = runtime->m_service->config().rota;
    // Without officers on the rota nobody can take a shift over: say so at start, not at 06:00.
    const auto today = rota.shiftAt(runtime->m_service->now()).date;
    std::size_t onDuty = 0;
    for (const auto& s : rota.shifts())
        if (auto shift = rota.instance(today, s.id); shift && !rota.duty(*shift).officers.empty())
            ++onDuty;
    log(onDuty ? LogLevel::Info : LogLevel::Warning, "shift_rota",
        {{"shifts", std::to_string(rota.shifts().size())},
         {"shifts_with_officers", std::to_string(onDuty)},
         {"escalate_after_s", std::to_string(runtime->m_service->config().escalateAfter.count())}});
    runtime->m_timer = std::make_unique<Timer>(ioc);
    runtime->scheduleEscalationCheck();
    return runtime;
}

HandoverRuntime::~HandoverRuntime()
{
    if (m_timer)
        m_timer->timer.cancel();
}

void HandoverRuntime::scheduleEscalationCheck()
{
    m_timer->timer.expires_after(kEscalationCheck);
    m_timer->timer.async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        try {
            for (auto id : m_service->escalateDue())
                log(LogLevel::Warning, "handover_escalated", {{"handover", std::to_string(id)}});
            if (auto missed = m_service->escalateMissing())
                log(LogLevel::Warning, "handover_missing",
                    {{"shift", missed->shiftId}, {"date", missed->date}});
        } catch (const std::exception& e) {
            log(LogLevel::Error, "handover_escalation_failed", {{"error", e.what()}});
        }
        scheduleEscalationCheck();
    });
}

} // namespace ioc::server
