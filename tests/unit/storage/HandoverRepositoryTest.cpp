// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real SQLite file in WAL mode with full sync, as iocd opens it.
#include "ioc/storage/HandoverRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/StandingOrderRepository.h"
#include "ioc/storage/Statement.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ioc;
using namespace ioc::storage;
using namespace std::chrono;

namespace {
domain::TimePoint at(const char *text)
{
    return *domain::parseRfc3339(text);
}

class HandoverRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir =
            std::filesystem::temp_directory_path() /
            ("ioc-handovers-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
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

    NewHandover handover(const std::string& date, const std::string& notes)
    {
        const auto rota = domain::ShiftRota::standard();
        NewHandover h;
        h.shift = *rota.instance(date, "night");
        h.nextShift = rota.next(h.shift);
        h.signedBy = "an";
        h.signedAt = h.shift.end - minutes(10);
        h.notes = notes;
        h.escalationDeadline = h.shift.end + minutes(30);
        domain::HandoverItem i;
        i.kind = domain::HandoverItemKind::OpenIncident;
        i.key = "incident:HP-2026-000001";
        i.title = "HP-2026-000001 Ngập đường Đồ Sơn";
        i.status = "in_progress";
        i.owner = "an";
        i.deadline = h.shift.end + hours(2);
        i.severity = 3;
        h.items.push_back(i);
        domain::HandoverItem info = i;
        info.key = "incident:HP-2026-000002";
        info.open = false;
        info.activity = "closed";
        h.items.push_back(info);
        return h;
    }

    std::filesystem::path m_dir;
    std::optional<Database> m_db;
    std::optional<HandoverRepository> repo;
};
} // namespace

TEST_F(HandoverRepositoryTest, StoresAndReadsBackOneHandoverPerShift)
{
    const auto id = repo->insert(handover("2026-11-28", "Bàn giao ca đêm"));
    ASSERT_TRUE(id);
    EXPECT_FALSE(repo->insert(handover("2026-11-28", "again")));
    const auto r = repo->get(*id);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->fields.shift.shiftId, "night");
    EXPECT_EQ(r->fields.nextShift.shiftId, "morning");
    EXPECT_EQ(r->fields.nextShift.date, "2026-11-29");
    ASSERT_EQ(r->fields.items.size(), 2u);
    EXPECT_EQ(r->fields.items[0].deadline, r->fields.shift.end + hours(2));
    EXPECT_EQ(r->fields.items[0].severity, 3);
    EXPECT_FALSE(r->fields.items[1].open);
    EXPECT_EQ(repo->findByShift("night", "2026-11-28")->id, *id);
    EXPECT_EQ(repo->latestBefore(r->fields.shift.end)->id, *id);
    EXPECT_FALSE(repo->latestBefore(r->fields.shift.start));
}

TEST_F(HandoverRepositoryTest, SearchIgnoresDiacriticsAndDStroke)
{
    const auto a = *repo->insert(handover("2026-11-27", "Mưa lớn ở Kiến An"));
    const auto b = *repo->insert(handover("2026-11-28", "Yên tĩnh"));
    repo->annotate(b, "Đã kiểm tra đê", "sup", at("2026-11-29T01:00:00Z"));
    HandoverFilter f;
    f.text = "do son";
    EXPECT_EQ(repo->list(f).size(), 2u); // both carry the Đồ Sơn incident
    f.text = "kien an";
    ASSERT_EQ(repo->list(f).size(), 1u);
    EXPECT_EQ(repo->list(f)[0].id, a);
    f.text = "de";
    ASSERT_EQ(repo->list(f).size(), 1u);
    EXPECT_EQ(repo->list(f)[0].id, b);
    f = {};
    f.from = at("2026-11-28T00:00:00Z");
    ASSERT_EQ(repo->list(f).size(), 1u);
    EXPECT_EQ(repo->list(f)[0].id, b);
    f = {};
    f.officer = "an";
    EXPECT_EQ(repo->list(f).size(), 2u);
    EXPECT_EQ(repo->list(f)[0].id, b); // newest shift first
    f.officer = "binh";
    EXPECT_TRUE(repo->list(f).empty());
}

TEST_F(HandoverRepositoryTest, AcknowledgedHandoverTakesOnlyAnnotations)
{
    const auto id = *repo->insert(handover("2026-11-28", "notes"));
    EXPECT_THROW(m_db->exec("UPDATE handovers SET notes = 'changed' WHERE id = 1"), StorageError);
    EXPECT_THROW(m_db->exec("UPDATE handover_items SET title = 'x'"), StorageError);
    EXPECT_THROW(m_db->exec("DELETE FROM handover_items"), StorageError);
    const auto q = repo->addQuery(id, "incident:HP-2026-000001", "Ai phụ trách?", "binh",
                                  at("2026-11-28T23:05:00Z"));
    EXPECT_TRUE(repo->answerQuery(id, q, "Anh An", "an", at("2026-11-28T23:06:00Z")));
    EXPECT_FALSE(repo->answerQuery(id, q, "again", "an", at("2026-11-28T23:07:00Z")));
    repo->acknowledge(id, {"incident:HP-2026-000001"}, "binh", "items", at("2026-11-28T23:10:00Z"));
    EXPECT_THROW(m_db->exec("UPDATE handovers SET escalated_at = 1 WHERE id = 1"), StorageError);
    EXPECT_THROW(m_db->exec("DELETE FROM handovers"), StorageError);
    EXPECT_THROW(m_db->exec("DELETE FROM handover_acknowledgements"), StorageError);
    repo->annotate(id, "Đã xem", "sup", at("2026-11-29T01:00:00Z"));
    const auto r = repo->get(id);
    EXPECT_EQ(r->status, domain::HandoverStatus::Acknowledged);
    EXPECT_EQ(r->acknowledgedBy, "binh");
    EXPECT_EQ(r->ackMode, "items");
    ASSERT_EQ(r->acknowledgements.size(), 1u);
    ASSERT_EQ(r->queries.size(), 1u);
    EXPECT_EQ(r->queries[0].answer, "Anh An");
    ASSERT_EQ(r->annotations.size(), 1u);
}

TEST_F(HandoverRepositoryTest, EscalationOnlyForSignedPastTheDeadline)
{
    const auto id = *repo->insert(handover("2026-11-28", ""));
    const auto deadline = repo->get(id)->fields.escalationDeadline;
    EXPECT_TRUE(repo->dueForEscalation(deadline - milliseconds(1)).empty());
    EXPECT_EQ(repo->dueForEscalation(deadline), std::vector<std::int64_t>{id});
    repo->markEscalated(id, deadline);
    EXPECT_TRUE(repo->dueForEscalation(deadline + hours(1)).empty());
    EXPECT_EQ(repo->get(id)->escalatedAt, deadline);
}

TEST_F(HandoverRepositoryTest, StandingOrdersInForceAndEndedEarly)
{
    StandingOrderRepository orders(*m_db);
    const auto a = orders.create(
        {"Trực bão", "Theo dõi", at("2026-11-27T00:00:00Z"), at("2026-11-30T00:00:00Z")}, "sup",
        at("2026-11-27T00:00:00Z"));
    const auto b = orders.create({"Lễ hội", "", at("2026-12-01T00:00:00Z"), std::nullopt}, "sup",
                                 at("2026-11-27T00:00:00Z"));
    EXPECT_EQ(orders.list(at("2026-11-28T00:00:00Z")).size(), 1u);
    EXPECT_EQ(orders.list(std::nullopt).size(), 2u);
    EXPECT_TRUE(orders.end(a, "sup2", at("2026-11-28T12:00:00Z")));
    EXPECT_FALSE(orders.end(a, "sup2", at("2026-11-28T13:00:00Z")));
    EXPECT_TRUE(orders.list(at("2026-11-28T13:00:00Z")).empty());
    EXPECT_EQ(orders.get(a)->fields.validTo, at("2026-11-28T12:00:00Z"));
    EXPECT_EQ(orders.get(a)->endedBy, "sup2");
    // Ended before it started: it never comes into force.
    EXPECT_TRUE(orders.end(b, "sup", at("2026-11-28T12:00:00Z")));
    EXPECT_TRUE(orders.list(at("2026-12-02T00:00:00Z")).empty());
}

TEST_F(HandoverRepositoryTest, MissingShiftRecordedOnceAndClearedBySigningLate)
{
    const auto h = handover("2026-11-28", "Ký muộn");
    const auto escalatedAt = h.shift.end + minutes(30);
    EXPECT_FALSE(repo->isMissingRecorded(h.shift));
    EXPECT_TRUE(repo->recordMissing(h.shift, escalatedAt));
    EXPECT_FALSE(repo->recordMissing(h.shift, escalatedAt + minutes(1))); // once per shift
    EXPECT_TRUE(repo->isMissingRecorded(h.shift));
    auto missing = repo->stillMissing(h.shift.end - hours(1));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].shift, h.shift);
    EXPECT_EQ(missing[0].escalatedAt, escalatedAt);
    EXPECT_TRUE(repo->stillMissing(h.shift.end + milliseconds(1)).empty()); // too old to show
    ASSERT_TRUE(repo->insert(h));
    EXPECT_TRUE(repo->stillMissing(h.shift.end - hours(1)).empty());
    EXPECT_TRUE(repo->isMissingRecorded(h.shift)); // the record stays: it was missed
}
