// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReports.h"

#include "../ApiKeys.h"
#include "../Log.h"
#include "../auth/AuthService.h"
#include "CitizenReportStream.h"

#include <random>

namespace ioc::server {

namespace {
// Documented in the README and docs/api.md so the intake can be tried by hand; only with --demo.
constexpr std::string_view kDemoCitizenKey = "demo-citizen-key";
constexpr std::string_view kDemoChannel = "demo";
constexpr int kFirstBatch = 24;
} // namespace

struct CitizenReports::Feed
{
    const Router& router;
    AuthService& auth;
    CitizenSimulator simulator;
    boost::asio::steady_timer timer;
    std::mt19937 rng{2026};
    std::int64_t sent = 0;
};

CitizenReports::CitizenReports(boost::asio::io_context& ioc, const std::filesystem::path& dataDir,
                               const UnitDirectory& units, IncidentService *incidents,
                               const domain::Clock& clock, LiveData& live, ApiKeys& apiKeys,
                               bool demo)
    : m_ioc(ioc)
    , m_clock(clock)
{
    CitizenReportService::Options options;
    m_service = std::make_unique<CitizenReportService>(
        storage::Database::open(dataDir / "iocd.sqlite", storage::Database::Durability::Full),
        PhotoStore(dataDir / "photos", options.limits.maxPhotoPixelsSide), units, incidents, clock,
        citizenReportStreamPublisher(live, units), options);
    if (demo)
        apiKeys.allowChannel(kDemoCitizenKey, std::string(kDemoChannel));
}

CitizenReports::~CitizenReports() = default;

void CitizenReports::send(const CitizenSimulator::Body& body)
{
    HttpRequest r;
    r.method = "POST";
    r.target = r.path = "/api/v1/citizen-reports";
    r.headers["x-api-key"] = std::string(kDemoCitizenKey);
    r.headers["content-type"] = "application/json";
    r.body = body.json;
    r.remote = "simulator";
    r.requestId = "citizen-sim-" + std::to_string(++m_feed->sent);
    m_feed->auth.authenticate(r, false);
    const auto response = m_feed->router.dispatch(r);
    if (response.status >= 400)
        log(LogLevel::Info, "citizen_sim_refused",
            {{"kind", body.kind}, {"status", std::to_string(response.status)},
             {"body", std::string(response.bodyText().substr(0, 200))}});
}

void CitizenReports::startDemoFeed(const Router& router, AuthService& auth)
{
    m_feed = std::make_unique<Feed>(Feed{router, auth, CitizenSimulator(m_service->units()),
                                         boost::asio::steady_timer(m_ioc)});
    const auto now = m_clock.now();
    // The first batch observed over the last six hours, oldest first.
    send(m_feed->simulator.first(now - std::chrono::hours(6)));
    for (int i = 1; i < kFirstBatch; ++i)
        send(m_feed->simulator.next(now - std::chrono::hours(6) + std::chrono::minutes(15 * i)));
    // A few already worked, so the queue, the public status and the figures show every state.
    const domain::Actor officer{0, "officer", domain::Role::Officer};
    ReportActionRequest forward;
    forward.action = domain::ReportAction::Forward;
    forward.unit = "UBND phường Lê Chân";
    forward.focalPoint = "Đ/c Nguyễn Thị Hoa, cán bộ địa chính";
    forward.deadline = now + std::chrono::hours(24);
    forward.note = "Đã gọi điện báo trước cho phường";
    (void)m_service->act(2, forward, officer);
    ReportActionRequest answer;
    answer.action = domain::ReportAction::RecordAnswer;
    answer.text = "Phường đã cử lực lượng khơi thông cống, nước đã rút.";
    (void)m_service->act(2, answer, officer);
    ReportActionRequest forwardLate = forward;
    forwardLate.unit = "Công ty TNHH MTV Thoát nước Hải Phòng";
    forwardLate.deadline = now + std::chrono::hours(2);
    (void)m_service->act(3, forwardLate, officer);
    scheduleNext();
}

void CitizenReports::scheduleNext()
{
    std::uniform_int_distribution<int> seconds(20, 90);
    m_feed->timer.expires_after(std::chrono::seconds(seconds(m_feed->rng)));
    m_feed->timer.async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        send(m_feed->simulator.next(m_clock.now()));
        scheduleNext();
    });
}

} // namespace ioc::server
