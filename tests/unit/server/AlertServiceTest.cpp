// SPDX-License-Identifier: GPL-3.0-or-later
// The alert service without HTTP: a real SQLite file, a manual clock, points fed as ingest
// would. Covers the paths the integration test cannot wait for: the early warning raised by a
// forecast before the real value gets there, re-notification timing, and the summaries the
// handover drafter reads.
#include "alerts/AlertService.h"

#include "ioc/storage/Schema.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

using namespace ioc;
using namespace ioc::server;
using namespace std::chrono;

namespace {
constexpr std::string_view kCatalog = R"({"version": 1,
 "domains": [{"id": "agriculture_environment", "label": {"vi": "Nông nghiệp và Môi trường"}, "article": "14.3.đ", "order": 1}],
 "sources": [{"id": "gauge", "label": {"vi": "Trạm đo"}, "kind": "sensor", "expected_interval_s": 60}],
 "series": [{"id": "river.level", "label": {"vi": "Mực nước", "en": "River level"}, "domain": "agriculture_environment", "unit": "cm", "source": "gauge", "unit_code": "11383"}]})";

constexpr std::string_view kRules = R"({"renotify_after_s": 600, "rules": [
 {"id": "alarm", "label": {"vi": "Báo động"}, "kind": "threshold", "severity": 3, "category": "flooding",
  "series": ["river.level"], "raise_at": 380, "clear_at": 350},
 {"id": "early", "label": {"vi": "Cảnh báo sớm"}, "kind": "forecast", "severity": 2, "category": "flooding",
  "series": ["river.level"], "raise_at": 380, "clear_at": 350, "horizon_s": 900}]})";

class AlertServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() /
                (std::string("ioc-alert-service-") +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        auto db = storage::Database::open(m_dir / "iocd.sqlite");
        storage::migrate(db, storage::iocdMigrations());
        catalog = *parseSeriesCatalog(kCatalog);
        std::vector<protocol::SeriesInfo> infos;
        for (const auto& s : catalog.series)
            infos.push_back(s.info);
        live = std::make_unique<LiveData>(infos, clock);
        quality = std::make_unique<SourceQuality>(catalog, clock);
        auto rules = parseAlertRules(kRules, {"flooding"});
        ASSERT_TRUE(rules) << rules.error().message;
        service = std::make_unique<AlertService>(
            std::move(db), catalog, *live, *quality, nullptr, clock, std::move(*rules),
            std::set<std::string>{"flooding"},
            [this](std::string_view type, std::string_view change, const boost::json::object& r) {
                published.push_back(std::string(type) + " " + std::string(change) + " " +
                                    std::string(r.at("rule_id").as_string()));
            });
    }
    void TearDown() override
    {
        service.reset();
        std::filesystem::remove_all(m_dir);
    }

    // One value a minute, as the gauge would deliver it.
    void feed(double value)
    {
        clock.advance(minutes(1));
        const std::vector<IncomingPoint> points{{"river.level", value, clock.now()}};
        live->applyPoints(points);
        quality->recordBatch("gauge", 1, {}, "");
        service->onIngest(points);
        service->tick();
    }
    int count(std::string_view what) const
    {
        return static_cast<int>(std::count(published.begin(), published.end(), what));
    }

    std::filesystem::path m_dir;
    domain::ManualClock clock{sys_days{2026y / November / 28} + 3h};
    SeriesCatalog catalog;
    std::unique_ptr<LiveData> live;
    std::unique_ptr<SourceQuality> quality;
    std::unique_ptr<AlertService> service;
    std::vector<std::string> published;
};
} // namespace

TEST_F(AlertServiceTest, ForecastWarnsBeforeTheRealValueCrosses)
{
    // Half an hour of a calm river, then a surge of 8 cm a minute from 300 cm.
    for (int i = 0; i < 30; ++i)
        feed(300 + (i % 2));
    EXPECT_EQ(count("alert raised early"), 0);
    double level = 300;
    int minutesToWarning = -1;
    for (int i = 1; i < 10 && minutesToWarning < 0; ++i) { // 380 cm would come at minute 10
        level += 8;
        feed(level);
        if (count("alert raised early") == 1)
            minutesToWarning = i;
    }
    ASSERT_GT(minutesToWarning, 0) << "no early warning before the alarm";
    std::printf("[early warning] raised %d min into the surge, at %.0f cm; the alarm (380 cm) "
                "comes at minute 10\n",
                minutesToWarning, level);
    EXPECT_EQ(count("alert raised alarm"), 0) << "the warning came first";
    const auto open = service->list({std::string("active"), std::nullopt, 10});
    ASSERT_EQ(open.size(), 1u);
    EXPECT_TRUE(open[0].earlyWarning);
    EXPECT_EQ(open[0].kind, "forecast");
    EXPECT_NE(open[0].messageVi.find("Dự báo"), std::string::npos);
    // The river goes on to the alarm: the real alert follows.
    while (level < 385) {
        level += 8;
        feed(level);
    }
    EXPECT_EQ(count("alert raised alarm"), 1);
}

TEST_F(AlertServiceTest, AcknowledgedAlertIsRenotifiedUntilItClears)
{
    feed(390);
    const auto raised = service->list({std::string("active"), std::nullopt, 10});
    ASSERT_EQ(raised.size(), 1u);
    const domain::Actor officer{1, "officer", domain::Role::Officer};
    auto ack = service->acknowledge(raised[0].id, "Đã báo", officer);
    ASSERT_TRUE(std::holds_alternative<storage::AlertRecord>(ack));
    const auto summaries = service->activeSummaries();
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].state, "acknowledged");
    EXPECT_EQ(summaries[0].label.vi, "Báo động");

    for (int i = 0; i < 9; ++i)
        feed(390); // nine minutes: not yet
    EXPECT_EQ(count("alert renotified alarm"), 0);
    feed(390); // ten
    EXPECT_EQ(count("alert renotified alarm"), 1);
    for (int i = 0; i < 10; ++i)
        feed(390);
    EXPECT_EQ(count("alert renotified alarm"), 2);
    feed(340);
    EXPECT_EQ(count("alert cleared alarm"), 1);
    for (int i = 0; i < 15; ++i)
        feed(340);
    EXPECT_EQ(count("alert renotified alarm"), 2);
    EXPECT_TRUE(service->activeSummaries().empty());
    auto again = service->acknowledge(raised[0].id, "", officer);
    ASSERT_TRUE(std::holds_alternative<AlertError>(again));
    EXPECT_EQ(std::get<AlertError>(again).code, "alert_cleared");
}
