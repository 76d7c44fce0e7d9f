// SPDX-License-Identifier: GPL-3.0-or-later
// The incident service without HTTP: explicit actors, a real SQLite file, a manual clock.
#include "incidents/IncidentService.h"
#include "incidents/IncidentJson.h"

#include "ioc/storage/AuditRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/UserRepository.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ioc;
using namespace ioc::server;
using domain::IncidentAction;
using domain::IncidentStatus;
using domain::Role;
using namespace std::chrono;

namespace {
class IncidentServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() /
                (std::string("ioc-incident-service-") +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        const auto file = m_dir / "iocd.sqlite";
        {
            auto db = storage::Database::open(file);
            storage::migrate(db, storage::iocdMigrations());
            storage::UserRepository users(db);
            users.create("officer2", "", Role::Officer, "x", true, clock.now());
        }
        categories = *parseIncidentCategories(builtinIncidentCategories());
        units = *parseUnitDirectory(builtinUnitDirectory());
        service = std::make_unique<IncidentService>(
            storage::Database::open(file), categories, units,
            std::set<std::string>{"security_traffic", "agriculture_environment",
                                  "science_technology", "construction", "government"},
            clock, [this](const storage::IncidentRecord& r, std::string_view change) {
                published.push_back(r.ref + " " + std::string(change) + " " +
                                    std::string(domain::toString(r.status)));
            });
        audit = std::make_unique<storage::Database>(storage::Database::open(file));
    }
    void TearDown() override
    {
        service.reset();
        audit.reset();
        std::filesystem::remove_all(m_dir);
    }

    storage::NewIncident flooding()
    {
        storage::NewIncident n;
        n.title = "Ngập đường Tô Hiệu";
        n.category = "flooding";
        n.domain = "agriculture_environment";
        n.unitCode = "11383";
        n.severity = domain::Severity::High;
        return n;
    }
    std::string createFlooding(const std::string& key = "k1")
    {
        auto r = service->create(flooding(), key, officer);
        return std::to_string(std::get<CreateOutcome>(r).detail.incident.id);
    }
    static const IncidentError *error(const IncidentOutcome<IncidentDetail>& o)
    {
        return std::get_if<IncidentError>(&o);
    }
    static IncidentStatus status(const IncidentOutcome<IncidentDetail>& o)
    {
        return std::get<IncidentDetail>(o).incident.status;
    }
    // Brings a flooding incident to "in progress" with every checklist step ticked but one.
    std::string inProgress()
    {
        const auto id = createFlooding();
        service->transition(id, IncidentAction::Acknowledge, "", {}, officer);
        service->transition(id, IncidentAction::Start, "", {}, officer);
        for (const auto& s : categories.find("flooding")->checklist)
            if (s.id != "evacuate")
                service->tickStep(id, s.id, true, officer);
        return id;
    }

    std::filesystem::path m_dir;
    domain::ManualClock clock{*domain::parseRfc3339("2026-11-28T03:00:00Z")};
    IncidentCategories categories;
    UnitDirectory units;
    std::unique_ptr<IncidentService> service;
    std::unique_ptr<storage::Database> audit;
    std::vector<std::string> published;
    domain::Actor officer{1, "officer", Role::Officer};
    domain::Actor supervisor{2, "supervisor", Role::Supervisor};
    domain::Actor supervisor2{3, "supervisor2", Role::Supervisor};
};
} // namespace

TEST_F(IncidentServiceTest, CreateAppliesCategoryDefaultsAndIsIdempotent)
{
    auto n = flooding();
    n.domain.clear();
    auto first = service->create(n, "key-a", officer);
    ASSERT_TRUE(std::holds_alternative<CreateOutcome>(first));
    const auto& created = std::get<CreateOutcome>(first).detail.incident;
    EXPECT_EQ(created.fields.domain, "agriculture_environment");
    EXPECT_EQ(created.fields.responseDeadline, clock.now() + minutes(60));
    auto retry = service->create(n, "key-a", officer);
    EXPECT_TRUE(std::get<CreateOutcome>(retry).replayed);
    EXPECT_EQ(std::get<CreateOutcome>(retry).detail.incident.id, created.id);
    EXPECT_EQ(published, std::vector<std::string>{"HP-2026-000001 created new"}); // once
}

TEST_F(IncidentServiceTest, CreateRefusesBadInputAndWalls)
{
    auto bad = flooding();
    bad.category = "meteor";
    EXPECT_EQ(std::get<IncidentError>(service->create(bad, "k", officer)).code, "unknown_category");
    bad = flooding();
    bad.unitCode = "99999";
    EXPECT_EQ(std::get<IncidentError>(service->create(bad, "k", officer)).code, "unknown_unit");
    bad = flooding();
    bad.title = " ";
    EXPECT_EQ(std::get<IncidentError>(service->create(bad, "k", officer)).status, 400);
    auto wall = service->create(flooding(), "k", {9, "wall", Role::Wall});
    EXPECT_EQ(std::get<IncidentError>(wall).status, 403);
    EXPECT_TRUE(published.empty());
}

TEST_F(IncidentServiceTest, FourEyesClosureWithTwoSupervisors)
{
    const auto id = inProgress();
    // The proposer must say why "evacuate" was skipped.
    auto noReason =
        service->transition(id, IncidentAction::ProposeResolution, "Nước đã rút", {}, supervisor);
    ASSERT_TRUE(error(noReason));
    EXPECT_EQ(error(noReason)->code, "skip_reason_required");
    auto proposed =
        service->transition(id, IncidentAction::ProposeResolution, "Nước đã rút",
                            {{"evacuate", "không có hộ dân trong vùng ngập"}}, supervisor);
    ASSERT_FALSE(error(proposed));
    EXPECT_EQ(status(proposed), IncidentStatus::ResolutionProposed);

    auto own = service->transition(id, IncidentAction::Approve, "", {}, supervisor);
    ASSERT_TRUE(error(own));
    EXPECT_EQ(error(own)->status, 403);
    EXPECT_EQ(error(own)->code, "own_proposal");
    auto byOfficer = service->transition(id, IncidentAction::Approve, "", {}, officer);
    EXPECT_EQ(error(byOfficer)->status, 403);
    auto closed = service->transition(id, IncidentAction::Approve, "", {}, supervisor2);
    ASSERT_FALSE(error(closed));
    EXPECT_EQ(status(closed), IncidentStatus::Closed);
    auto again = service->transition(id, IncidentAction::Approve, "", {}, supervisor2);
    EXPECT_EQ(error(again)->status, 409);

    // The detail shows the skipped step with its reason, and the timeline who did what.
    const auto json = incidentDetailJson(std::get<IncidentDetail>(closed), categories, units,
                                         officer, clock.now());
    bool sawSkipped = false;
    for (const auto& s : json.at("checklist").as_array())
        if (s.at("id") == "evacuate") {
            EXPECT_EQ(s.at("state"), "skipped");
            EXPECT_EQ(s.at("reason"), "không có hộ dân trong vùng ngập");
            sawSkipped = true;
        }
    EXPECT_TRUE(sawSkipped);
    EXPECT_EQ(json.at("allowed_actions").as_array().size(), 1u); // reopen
    EXPECT_EQ(json.at("timeline").as_array().back().at("actor"), "supervisor2");
}

TEST_F(IncidentServiceTest, RejectNeedsAReasonAndReturnsToInProgress)
{
    const auto id = inProgress();
    service->transition(id, IncidentAction::ProposeResolution, "", {{"evacuate", "không cần"}},
                        officer);
    auto noReason = service->transition(id, IncidentAction::Reject, "", {}, supervisor);
    EXPECT_EQ(error(noReason)->code, "reason_required");
    auto rejected =
        service->transition(id, IncidentAction::Reject, "Chưa xác nhận nước rút", {}, supervisor);
    EXPECT_EQ(status(rejected), IncidentStatus::InProgress);
    EXPECT_TRUE(std::get<IncidentDetail>(rejected).incident.proposedBy.empty());
}

TEST_F(IncidentServiceTest, EveryChangeIsAuditedAndPublishedInOrder)
{
    const auto id = createFlooding();
    service->transition(id, IncidentAction::Acknowledge, "", {}, officer);
    service->addNote(id, "Đã báo Công ty Thoát nước", officer);
    service->assign(id, "officer2", supervisor);
    EXPECT_EQ(error(service->assign(id, "nobody", supervisor))->code, "unknown_user");
    service->forward(id, {"UBND phường Lê Chân", "Chủ tịch", "", clock.now() + hours(1)}, officer);
    auto detail = std::get<IncidentDetail>(service->get(id));
    const auto forwardId = detail.forwards.at(0).id;
    service->recordAnswer(id, forwardId, "Đã cử lực lượng", officer);
    EXPECT_EQ(error(service->recordAnswer(id, forwardId, "x", officer))->status, 409);
    EXPECT_EQ(error(service->recordAnswer(id, 999, "x", officer))->status, 404);
    EXPECT_EQ(error(service->tickStep(id, "no_such_step", true, officer))->status, 404);
    EXPECT_EQ(published,
              (std::vector<std::string>{
                  "HP-2026-000001 created new", "HP-2026-000001 transition acknowledged",
                  "HP-2026-000001 note acknowledged", "HP-2026-000001 assign acknowledged",
                  "HP-2026-000001 forward acknowledged", "HP-2026-000001 answer acknowledged"}));
    std::vector<std::string> actions;
    for (const auto& e : storage::AuditRepository(*audit).list(0, 100))
        actions.push_back(e.action + " " + e.actor + " " + e.target);
    EXPECT_EQ(actions, (std::vector<std::string>{"incident.create officer HP-2026-000001",
                                                 "incident.acknowledge officer HP-2026-000001",
                                                 "incident.note officer HP-2026-000001",
                                                 "incident.assign supervisor HP-2026-000001",
                                                 "incident.forward officer HP-2026-000001",
                                                 "incident.answer officer HP-2026-000001"}));
    EXPECT_TRUE(storage::AuditRepository(*audit).verify().ok);
    // By the human ref too.
    EXPECT_FALSE(error(service->get("HP-2026-000001")));
    EXPECT_EQ(error(service->get("HP-2026-000002"))->status, 404);
    EXPECT_EQ(error(service->get("abc"))->status, 404);
}

TEST_F(IncidentServiceTest, OverdueForwardShowsInFilterAndCounts)
{
    const auto id = createFlooding();
    service->forward(id, {"Sở Xây dựng", "", "", clock.now() + minutes(30)}, officer);
    storage::IncidentFilter overdue;
    overdue.overdue = true;
    EXPECT_TRUE(service->list(overdue).items.empty());
    clock.advance(minutes(31));
    EXPECT_EQ(service->list(overdue).items.size(), 1u);
    EXPECT_EQ(service->counts(false).overdue, 1);
    const auto json = incidentSummaryJson(service->list(overdue).items[0], units, clock.now());
    EXPECT_TRUE(json.at("overdue").as_bool());
    EXPECT_EQ(json.at("unit_name"), "Phường Lê Chân");
}

TEST(IncidentJson, FilterParsing)
{
    auto f = parseIncidentFilter({{"q", "le chan"},
                                  {"status", "new,in_progress"},
                                  {"severity", "3,4"},
                                  {"overdue", "true"},
                                  {"page", "2"},
                                  {"page_size", "20"},
                                  {"from", "2026-11-28T00:00:00+07:00"},
                                  {"drill", "false"}});
    ASSERT_TRUE(f);
    EXPECT_EQ(f->statuses.size(), 2u);
    EXPECT_EQ(f->severities.size(), 2u);
    EXPECT_EQ(f->overdue, true);
    EXPECT_EQ(f->drill, false);
    EXPECT_EQ(f->page, 2);
    EXPECT_EQ(f->pageSize, 20);
    EXPECT_TRUE(f->from);
    for (const auto& bad :
         std::vector<std::map<std::string, std::string>>{{{"status", "done"}},
                                                         {{"severity", "5"}},
                                                         {{"overdue", "maybe"}},
                                                         {{"page", "0"}},
                                                         {{"page_size", "1000"}},
                                                         {{"from", "yesterday"}}}) {
        auto r = parseIncidentFilter(bad);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, "bad_filter");
    }
}

TEST(IncidentJson, CreateAndTransitionBodies)
{
    auto d = parseNewIncident(
        R"({"title":"Cháy","category":"fire","location":{"lat":20.8,"lon":106.7},"drill":true})");
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->severityGiven);
    EXPECT_TRUE(d->incident.drill);
    EXPECT_FALSE(parseNewIncident(R"({"title":"x"})"));
    EXPECT_FALSE(parseNewIncident(R"({"title":"x","category":"fire","severity":9})"));
    EXPECT_FALSE(parseNewIncident(R"({"title":"x","category":"fire","location":[1,2]})"));
    EXPECT_FALSE(parseNewIncident("[]"));
    auto t = parseTransitionRequest(
        R"({"action":"propose_resolution","skipped":[{"step":"a","reason":"r"}]})");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->skipped.at("a"), "r");
    auto unknown = parseTransitionRequest(R"({"action":"close"})");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, "unknown_action");
}

TEST(IncidentCategories, ShippedDefaultHasTheIssuesCategories)
{
    auto c = parseIncidentCategories(builtinIncidentCategories());
    ASSERT_TRUE(c) << c.error().message;
    for (const char *id :
         {"flooding", "traffic_accident", "fire", "cyber_incident", "storm_landslide"}) {
        ASSERT_TRUE(c->find(id)) << id;
        EXPECT_FALSE(c->find(id)->checklist.empty()) << id;
    }
    EXPECT_FALSE(parseIncidentCategories(R"({"categories":[]})"));
    EXPECT_FALSE(parseIncidentCategories(
        R"({"categories":[{"id":"a","domain":"d","label":{"vi":"A","en":"A"},"default_severity":7,"response_minutes":5,"checklist":[]}]})"));
    auto units = parseUnitDirectory(builtinUnitDirectory());
    ASSERT_TRUE(units);
    EXPECT_EQ(units->units.size(), 114u);
    EXPECT_EQ(units->find("11455")->fullName, "Phường Đồ Sơn");
}
