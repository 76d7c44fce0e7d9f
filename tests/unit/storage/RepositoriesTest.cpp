// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/MetaRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/SeriesHistoryRepository.h"
#include "ioc/storage/SeriesLatestRepository.h"

#include <gtest/gtest.h>

using namespace ioc;
using namespace ioc::storage;
using namespace std::chrono;

namespace {
Database freshDb()
{
    auto db = Database::openInMemory();
    migrate(db, iocdMigrations());
    return db;
}
domain::TimePoint at(int s)
{
    return domain::TimePoint{seconds{1'800'000'000 + s}};
}
} // namespace

TEST(SeriesLatestRepository, UpsertKeepsTheNewestObservation)
{
    auto db = freshDb();
    SeriesLatestRepository repo(db);
    repo.upsert({{"a", 1.0, at(10), at(11)}, {"b", std::nullopt, at(5), at(6)}});
    repo.upsert({{"a", 2.0, at(20), at(21)}});
    repo.upsert({{"a", 0.5, at(15), at(30)}}); // older observation arriving late: ignored
    auto all = repo.loadAll();
    ASSERT_EQ(all.size(), 2u);
    for (const auto& p : all) {
        if (p.seriesId == "a") {
            EXPECT_DOUBLE_EQ(*p.value, 2.0);
            EXPECT_EQ(p.observedAt, at(20));
        } else {
            EXPECT_FALSE(p.value);
        }
    }
}

TEST(MetaRepository, SetsAndOverwrites)
{
    auto db = freshDb();
    MetaRepository meta(db);
    EXPECT_FALSE(meta.get("k"));
    meta.set("k", "1");
    meta.set("k", "Đồ Sơn");
    EXPECT_EQ(meta.get("k"), "Đồ Sơn");
}

TEST(SeriesHistoryRepository, AppendsLoadsAndPrunes)
{
    auto db = freshDb();
    SeriesHistoryRepository repo(db);
    repo.append({{"a", at(1), 1.0}, {"a", at(2), 2.0}, {"b", at(3), 3.0}});
    repo.append({{"a", at(2), 2.5}}); // same instant again: the newer value wins
    auto all = repo.loadSince(at(0));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_DOUBLE_EQ(all[1].v, 2.5);
    EXPECT_EQ(repo.loadSince(at(3)).size(), 1u);
    EXPECT_EQ(repo.pruneBefore(at(3)), 2);
    EXPECT_EQ(repo.loadSince(at(0)).size(), 1u);
}
