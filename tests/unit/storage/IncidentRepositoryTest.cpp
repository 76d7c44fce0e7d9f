// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real SQLite file in WAL mode with full sync, as iocd opens it.
#include "ioc/storage/IncidentRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/Statement.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ioc;
using namespace ioc::storage;
using domain::IncidentAction;
using domain::IncidentStatus;
using namespace std::chrono;

namespace {
domain::TimePoint at(const char *text)
{
    return *domain::parseRfc3339(text);
}

class IncidentRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir =
            std::filesystem::temp_directory_path() /
            ("ioc-incidents-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        m_db.emplace(Database::open(m_dir / "iocd.sqlite", Database::Durability::Full));
        migrate(*m_db, iocdMigrations());
        repo.emplace(*m_db);
    }
    void TearDown() override
    {
        repo.reset();
        m_db.reset();
        std::filesystem::remove_all(m_dir);
    }
    NewIncident incident(std::string title, std::string description = "")
    {
        NewIncident n;
        n.title = std::move(title);
        n.description = std::move(description);
        n.domain = "security_traffic";
        n.category = "flooding";
        n.severity = domain::Severity::High;
        n.unitCode = "11383";
        n.location = GeoPoint{20.84078, 106.68442};
        return n;
    }
    std::vector<std::string> refsMatching(std::string text)
    {
        IncidentFilter f;
        f.text = std::move(text);
        std::vector<std::string> out;
        for (const auto& r : repo->list(f, now).items)
            out.push_back(r.fields.title);
        return out;
    }

    std::filesystem::path m_dir;
    std::optional<Database> m_db;
    std::optional<IncidentRepository> repo;
    domain::Actor officer{1, "officer", domain::Role::Officer};
    domain::Actor supervisor{2, "supervisor", domain::Role::Supervisor};
    domain::TimePoint now = at("2026-11-28T03:00:00Z");
};
} // namespace

TEST_F(IncidentRepositoryTest, CreateGivesAYearlyHumanRef)
{
    auto a = repo->create(incident("Ngập đường Tô Hiệu"), "", officer, now);
    auto b = repo->create(incident("Tai nạn trên cầu Bính"), "", officer, now);
    EXPECT_FALSE(a.replayed);
    EXPECT_EQ(a.incident.ref, "HP-2026-000001");
    EXPECT_EQ(b.incident.ref, "HP-2026-000002");
    auto c = repo->create(incident("Năm mới"), "", officer, at("2026-12-31T18:00:00Z"));
    EXPECT_EQ(c.incident.ref, "HP-2027-000001");
    EXPECT_EQ(a.incident.status, IncidentStatus::New);
    EXPECT_EQ(a.incident.reporter, "officer");
    EXPECT_EQ(a.incident.fields.unitCode, "11383");
    ASSERT_TRUE(a.incident.fields.location);
    EXPECT_DOUBLE_EQ(a.incident.fields.location->lat, 20.84078);
    EXPECT_EQ(repo->findByRef("HP-2026-000002")->id, b.incident.id);
    EXPECT_FALSE(repo->get(9999));
}

TEST_F(IncidentRepositoryTest, SameIdempotencyKeyNeverDuplicates)
{
    auto first = repo->create(incident("Cháy kho hàng"), "key-1", officer, now);
    auto retry = repo->create(incident("Cháy kho hàng"), "key-1", officer, now + seconds(3));
    EXPECT_FALSE(first.replayed);
    EXPECT_TRUE(retry.replayed);
    EXPECT_EQ(first.incident.id, retry.incident.id);
    EXPECT_EQ(first.incident.ref, retry.incident.ref);
    auto other = repo->create(incident("Cháy kho hàng"), "key-2", officer, now);
    EXPECT_NE(other.incident.id, first.incident.id);
    EXPECT_EQ(repo->list({}, now).items.size(), 2u);
}

TEST_F(IncidentRepositoryTest, AKeyIsItsUsersAndItsRequests)
{
    auto first = repo->create(incident("Cháy kho hàng"), "key-1", officer, now, "sha-a");
    ASSERT_FALSE(first.conflict);
    auto otherUser = repo->create(incident("Cháy kho hàng"), "key-1", supervisor, now, "sha-a");
    ASSERT_TRUE(otherUser.conflict);
    EXPECT_EQ(*otherUser.conflict, IdempotencyConflict::OtherUser);
    EXPECT_FALSE(otherUser.replayed);
    EXPECT_EQ(otherUser.incident.id, 0); // the first user's incident is not handed out
    auto otherRequest = repo->create(incident("Cháy nhà"), "key-1", officer, now, "sha-b");
    ASSERT_TRUE(otherRequest.conflict);
    EXPECT_EQ(*otherRequest.conflict, IdempotencyConflict::OtherRequest);
    auto retry = repo->create(incident("Cháy kho hàng"), "key-1", officer, now, "sha-a");
    EXPECT_FALSE(retry.conflict);
    EXPECT_TRUE(retry.replayed);
    EXPECT_EQ(retry.incident.id, first.incident.id);
    EXPECT_EQ(repo->list({}, now).items.size(), 1u);
}

TEST_F(IncidentRepositoryTest, ListsSortWithTiesInTheSameDirection)
{
    auto make = [&](const char *title, domain::Severity s, std::optional<domain::TimePoint> due,
                    seconds after) {
        NewIncident n = incident(std::string("Ngập ") + title);
        n.severity = s;
        n.responseDeadline = due;
        return repo->create(n, "", officer, now + after).incident.id;
    };
    const auto a = make("a", domain::Severity::Low, now + hours(5), seconds(1));
    const auto b = make("b", domain::Severity::Critical, std::nullopt, seconds(2));
    const auto c = make("c", domain::Severity::Low, now + hours(1), seconds(3));
    const auto d = make("d", domain::Severity::High, now + hours(3), seconds(4));
    ASSERT_TRUE(repo->applyTransition(d, IncidentAction::Acknowledge, IncidentStatus::New,
                                      IncidentStatus::Acknowledged, officer, "", {}, now));
    auto ids = [&](IncidentSortKey key, bool descending, int page = 1, int pageSize = 50) {
        IncidentFilter f;
        f.sort = {key, descending};
        f.page = page;
        f.pageSize = pageSize;
        std::vector<std::int64_t> out;
        for (const auto& r : repo->list(f, now).items)
            out.push_back(r.id);
        return out;
    };
    using V = std::vector<std::int64_t>;
    EXPECT_EQ(ids(IncidentSortKey::Created, true), (V{d, c, b, a}));
    EXPECT_EQ(ids(IncidentSortKey::Created, false), (V{a, b, c, d}));
    EXPECT_EQ(ids(IncidentSortKey::Severity, true), (V{b, d, c, a}));
    EXPECT_EQ(ids(IncidentSortKey::Severity, false), (V{a, c, d, b}));
    EXPECT_EQ(ids(IncidentSortKey::Status, false), (V{a, b, c, d})); // oldest new one first
    EXPECT_EQ(ids(IncidentSortKey::Status, true), (V{d, c, b, a}));
    EXPECT_EQ(ids(IncidentSortKey::Deadline, false), (V{c, d, a, b}));
    EXPECT_EQ(ids(IncidentSortKey::Deadline, true), (V{b, a, d, c})); // none is the latest
    // Pages are slices of the one order.
    EXPECT_EQ(ids(IncidentSortKey::Severity, true, 2, 2), (V{c, a}));
    // A search sorts too.
    IncidentFilter f;
    f.text = "ngap";
    f.sort = {IncidentSortKey::Severity, true};
    std::vector<std::int64_t> found;
    for (const auto& r : repo->list(f, now).items)
        found.push_back(r.id);
    EXPECT_EQ(found, (V{b, d, c, a}));
}

TEST_F(IncidentRepositoryTest, SearchIgnoresDiacriticsIncludingDStroke)
{
    repo->create(incident("Ngập sâu tại phường Lê Chân", "Nước ngập 40 cm"), "", officer, now);
    repo->create(incident("Sạt lở bờ kè", "Đường ngập, xe máy chết máy"), "", officer, now);
    repo->create(incident("Cây đổ trên bãi biển Đồ Sơn"), "", officer, now);
    repo->create(incident("Tai nạn giao thông trên đường Lạch Tray"), "", officer, now);
    EXPECT_EQ(refsMatching("le chan"), std::vector<std::string>{"Ngập sâu tại phường Lê Chân"});
    EXPECT_EQ(refsMatching("LÊ CHÂN"), std::vector<std::string>{"Ngập sâu tại phường Lê Chân"});
    EXPECT_EQ(refsMatching("duong ngap"), std::vector<std::string>{"Sạt lở bờ kè"});
    EXPECT_EQ(refsMatching("do son"), std::vector<std::string>{"Cây đổ trên bãi biển Đồ Sơn"});
    EXPECT_EQ(refsMatching("Đồ Sơn"), std::vector<std::string>{"Cây đổ trên bãi biển Đồ Sơn"});
    EXPECT_EQ(refsMatching("lach tr"),
              std::vector<std::string>{"Tai nạn giao thông trên đường Lạch Tray"});
    EXPECT_TRUE(refsMatching("hai duong").empty());
    EXPECT_EQ(refsMatching("\" OR *").size(), 0u); // typed syntax is just words, never an error
    EXPECT_EQ(refsMatching("  ").size(), 4u);      // nothing to search: everything
}

TEST_F(IncidentRepositoryTest, NotesAndAnswersAreSearchable)
{
    auto a = repo->create(incident("Mất điện"), "", officer, now);
    repo->addNote(a.incident.id, officer, "Đã báo Điện lực Hải Phòng", now);
    EXPECT_EQ(refsMatching("dien luc").size(), 1u);
    auto f = repo->forward(a.incident.id,
                           {"Công an phường Ngô Quyền", "Đại úy Trần Văn Đức", "", now + hours(2)},
                           officer, now);
    EXPECT_EQ(
        repo->recordAnswer(a.incident.id, f, "Đã cử tổ tuần tra đến hiện trường", officer, now),
        AnswerOutcome::Recorded);
    EXPECT_EQ(refsMatching("to tuan tra").size(), 1u);
}

TEST_F(IncidentRepositoryTest, FiltersAndPaging)
{
    for (int i = 0; i < 7; ++i) {
        auto n = incident("Sự cố " + std::to_string(i));
        n.severity = i % 2 ? domain::Severity::Critical : domain::Severity::Low;
        n.domain = i < 3 ? "security_traffic" : "agriculture_environment";
        n.unitCode = i == 6 ? "11455" : "11383";
        n.assignee = i == 5 ? "officer2" : "";
        n.drill = i == 4;
        repo->create(n, "", officer, now + minutes(i));
    }
    IncidentFilter f;
    f.pageSize = 3;
    auto p1 = repo->list(f, now);
    ASSERT_EQ(p1.items.size(), 3u);
    EXPECT_TRUE(p1.hasMore);
    EXPECT_EQ(p1.items[0].fields.title, "Sự cố 6"); // newest first
    f.page = 3;
    auto p3 = repo->list(f, now);
    ASSERT_EQ(p3.items.size(), 1u);
    EXPECT_FALSE(p3.hasMore);

    auto count = [&](auto setup) {
        IncidentFilter g;
        setup(g);
        return repo->list(g, now + hours(1)).items.size();
    };
    EXPECT_EQ(count([](IncidentFilter& g) { g.severities = {domain::Severity::Critical}; }), 3u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.domain = "security_traffic"; }), 3u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.unitCode = "11455"; }), 1u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.assignee = "officer2"; }), 1u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.drill = true; }), 1u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.drill = false; }), 6u);
    EXPECT_EQ(count([&](IncidentFilter& g) {
                  g.from = now + minutes(2);
                  g.to = now + minutes(4);
              }),
              2u);
    EXPECT_EQ(count([](IncidentFilter& g) {
                  g.statuses = {IncidentStatus::New, IncidentStatus::Closed};
                  g.severities = {domain::Severity::Low};
                  g.text = "su co";
              }),
              4u);
    EXPECT_EQ(count([](IncidentFilter& g) { g.statuses = {IncidentStatus::Closed}; }), 0u);
}

TEST_F(IncidentRepositoryTest, TransitionsRecordTheTimelineAndRefuseStaleStates)
{
    const auto id = repo->create(incident("Ngập"), "", officer, now).incident.id;
    EXPECT_TRUE(repo->applyTransition(id, IncidentAction::Acknowledge, IncidentStatus::New,
                                      IncidentStatus::Acknowledged, officer, "", {}, now));
    // A second, concurrent acknowledge finds the incident moved on.
    EXPECT_FALSE(repo->applyTransition(id, IncidentAction::Acknowledge, IncidentStatus::New,
                                       IncidentStatus::Acknowledged, officer, "", {}, now));
    EXPECT_TRUE(repo->applyTransition(id, IncidentAction::Start, IncidentStatus::Acknowledged,
                                      IncidentStatus::InProgress, officer, "", {}, now));
    repo->tickStep(id, "close_road", true, officer, now);
    EXPECT_TRUE(repo->applyTransition(id, IncidentAction::ProposeResolution,
                                      IncidentStatus::InProgress,
                                      IncidentStatus::ResolutionProposed, officer, "Nước đã rút",
                                      {{"evacuate", "không có người trong vùng ngập"}}, now));
    auto proposed = repo->get(id);
    EXPECT_EQ(proposed->status, IncidentStatus::ResolutionProposed);
    EXPECT_EQ(proposed->proposedBy, "officer");
    EXPECT_TRUE(repo->applyTransition(id, IncidentAction::Approve,
                                      IncidentStatus::ResolutionProposed, IncidentStatus::Closed,
                                      supervisor, "", {}, now + hours(1)));
    auto closed = repo->get(id);
    EXPECT_EQ(closed->status, IncidentStatus::Closed);
    EXPECT_EQ(closed->closedAt, now + hours(1));
    const auto timeline = repo->timeline(id);
    std::vector<std::string> kinds;
    for (const auto& e : timeline)
        kinds.push_back(e.kind + (e.action.empty() ? "" : ":" + e.action));
    EXPECT_EQ(kinds, (std::vector<std::string>{
                         "created", "transition:acknowledge", "transition:start", "checklist:tick",
                         "transition:propose_resolution", "skipped", "transition:approve"}));
    EXPECT_EQ(timeline.back().actor, "supervisor");
    EXPECT_EQ(timeline.back().actorRole, "supervisor");
    const auto marks = repo->checklist(id);
    ASSERT_EQ(marks.size(), 2u);
    EXPECT_TRUE(marks[0].done);
    EXPECT_FALSE(marks[1].done);
    EXPECT_EQ(marks[1].reason, "không có người trong vùng ngập");
    EXPECT_EQ(refsMatching("nuoc da rut").size(), 1u); // the proposal's comment is searchable
}

TEST_F(IncidentRepositoryTest, ForwardsAnswersAndTheOverdueFilter)
{
    auto n = incident("Ùn tắc");
    n.responseDeadline = now + hours(4);
    const auto id = repo->create(n, "", officer, now).incident.id;
    const auto late = repo->create(incident("Quá hạn"), "", officer, now).incident.id;
    {
        auto m = incident("Quá hạn phản hồi");
        m.responseDeadline = now + minutes(30);
        repo->create(m, "", officer, now);
    }
    const auto f = repo->forward(
        id, {"UBND phường Lê Chân", "Chủ tịch UBND phường", "Xử lý gấp", now + hours(1)}, officer,
        now);
    repo->forward(late, {"Sở Xây dựng", "", "", now + hours(3)}, officer, now);
    const auto later = now + hours(2);
    auto overdue = [&](domain::TimePoint t) {
        IncidentFilter g;
        g.overdue = true;
        std::vector<std::string> out;
        for (const auto& r : repo->list(g, t).items)
            out.push_back(r.fields.title);
        return out;
    };
    EXPECT_TRUE(overdue(now).empty());
    EXPECT_EQ(overdue(later), (std::vector<std::string>{"Quá hạn phản hồi", "Ùn tắc"}));
    EXPECT_EQ(repo->recordAnswer(id, f, "Đã phân luồng", officer, later), AnswerOutcome::Recorded);
    EXPECT_EQ(repo->recordAnswer(id, f, "lần nữa", officer, later), AnswerOutcome::AlreadyAnswered);
    EXPECT_EQ(repo->recordAnswer(late, f, "sai sự cố", officer, later),
              AnswerOutcome::NoSuchForward);
    EXPECT_EQ(overdue(later), std::vector<std::string>{"Quá hạn phản hồi"});
    EXPECT_EQ(overdue(now + hours(5)).size(), 3u); // own deadline of "Ùn tắc", late's forward
    IncidentFilter notOverdue;
    notOverdue.overdue = false;
    EXPECT_EQ(repo->list(notOverdue, later).items.size(), 2u);
    const auto fw = repo->forwards(id);
    ASSERT_EQ(fw.size(), 1u);
    EXPECT_EQ(fw[0].answer, "Đã phân luồng");
    EXPECT_EQ(fw[0].answeredAt, later);
    EXPECT_EQ(fw[0].fields.focalPoint, "Chủ tịch UBND phường");
    auto counts = repo->counts(later, false);
    EXPECT_EQ(counts.open, 3);
    EXPECT_EQ(counts.overdue, 1);
    EXPECT_EQ(counts.awaitingApproval, 0);
}

TEST_F(IncidentRepositoryTest, AssignAndCountsLeaveDrillsOut)
{
    auto n = incident("Diễn tập cháy");
    n.drill = true;
    n.responseDeadline = now - hours(1);
    const auto id = repo->create(n, "", officer, now).incident.id;
    repo->assign(id, "officer2", supervisor, now);
    EXPECT_EQ(repo->get(id)->fields.assignee, "officer2");
    EXPECT_EQ(repo->counts(now, false).open, 0);
    EXPECT_EQ(repo->counts(now, true).open, 1);
    EXPECT_EQ(repo->counts(now, true).overdue, 1);
    repo->assign(id, "", supervisor, now);
    EXPECT_EQ(repo->get(id)->fields.assignee, "");
}

TEST_F(IncidentRepositoryTest, WritesAreFullySynced)
{
    Statement q(*m_db, "PRAGMA synchronous");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 2); // FULL
}
