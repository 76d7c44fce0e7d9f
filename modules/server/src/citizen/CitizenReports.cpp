// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReports.h"

#include "../ApiKeys.h"
#include "../Log.h"
#include "../auth/AuthService.h"
#include "CitizenReportStream.h"

#include "ioc/protocol/Json.h"

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

std::int64_t CitizenReports::send(const CitizenSimulator::Body& body)
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
    if (response.status >= 400) {
        log(LogLevel::Info, "citizen_sim_refused",
            {{"kind", body.kind},
             {"status", std::to_string(response.status)},
             {"body", std::string(response.bodyText().substr(0, 200))}});
        return 0;
    }
    const auto v = protocol::json::parse(response.bodyText());
    if (!v || !v->is_object())
        return 0;
    const auto *id = v->get_object().if_contains("id");
    return id && id->is_int64() ? id->get_int64() : 0;
}

void CitizenReports::startDemoFeed(const Router& router, AuthService& auth)
{
    m_feed = std::make_unique<Feed>(
        Feed{router, auth, CitizenSimulator(m_service->units()), boost::asio::steady_timer(m_ioc)});
    const auto now = m_clock.now();
    // The first batch observed over the last six hours, oldest first.
    send(m_feed->simulator.first(now - std::chrono::hours(6)));
    std::vector<std::int64_t> reports, spam;
    for (int i = 1; i < kFirstBatch; ++i) {
        const auto body =
            m_feed->simulator.next(now - std::chrono::hours(6) + std::chrono::minutes(15 * i));
        const auto id = send(body);
        if (id && body.kind == "report")
            reports.push_back(id);
        if (id && body.kind == "spam")
            spam.push_back(id);
    }
    workDemoReports(reports, spam);
    scheduleNext();
}

// A few of the first batch already worked, as an officer would, so the queue, the public status
// and the figures show every state: forwarded and answered, forwarded and waiting, rejected.
void CitizenReports::workDemoReports(const std::vector<std::int64_t>& reports,
                                     const std::vector<std::int64_t>& spam)
{
    const domain::Actor officer{0, "officer", domain::Role::Officer};
    const auto now = m_clock.now();
    ReportActionRequest forward;
    forward.action = domain::ReportAction::Forward;
    forward.focalPoint = "Đ/c Nguyễn Thị Hoa, cán bộ địa chính";
    forward.note = "Đã gọi điện báo trước cho đầu mối";
    for (std::size_t i = 0; i < reports.size() && i < 2; ++i) {
        const auto detail = m_service->get(reports[i]);
        if (const auto *d = std::get_if<ReportDetail>(&detail)) {
            const auto *unit = m_service->units().find(d->report.unitCode);
            forward.unit = unit ? "UBND " + unit->fullName : "Sở Xây dựng";
        }
        forward.deadline = now + std::chrono::hours(i == 0 ? 24 : 2);
        (void)m_service->act(reports[i], forward, officer);
    }
    if (!reports.empty()) {
        ReportActionRequest answer;
        answer.action = domain::ReportAction::RecordAnswer;
        answer.text =
            "Đơn vị đã cử lực lượng đến hiện trường xử lý xong, tình trạng đã được khắc phục.";
        (void)m_service->act(reports[0], answer, officer);
        answer.action = domain::ReportAction::AcceptAnswer;
        answer.text.clear();
        (void)m_service->act(reports[0], answer, officer);
    }
    for (auto id : spam) {
        ReportActionRequest reject;
        reject.action = domain::ReportAction::Reject;
        reject.text = "Nội dung không phải phản ánh về đô thị, hạ tầng hay an ninh trật tự.";
        (void)m_service->act(id, reject, officer);
    }
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
