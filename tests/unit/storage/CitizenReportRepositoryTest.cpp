// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/CitizenReportRepository.h"
#include "ioc/storage/ApiKeyRepository.h"
#include "ioc/storage/Schema.h"
#include "ioc/storage/Statement.h"

#include <gtest/gtest.h>

#include <vector>

using namespace ioc;
using namespace ioc::storage;
using namespace std::chrono;

namespace {
domain::TimePoint at(int s)
{
    return domain::TimePoint{seconds{1'800'000'000 + s}};
}

CitizenReportRecord report(const std::string& ref, int receivedAt)
{
    CitizenReportRecord r;
    r.channel = "app";
    r.channelRef = ref;
    r.text = "Ngập sâu trên đường Lạch Tray";
    r.category = "flooding";
    r.lat = 20.848;
    r.lon = 106.688;
    r.unitCode = "11383";
    r.observedAt = at(receivedAt - 60);
    r.receivedAt = r.updatedAt = r.publicUpdatedAt = at(receivedAt);
    r.contactPhone = "0912345678";
    return r;
}
} // namespace

// Version 9 rebuilds api_keys to admit 'channel' keys: keys made before it must survive.
TEST(CitizenReportSchema, ApiKeysSurviveTheRebuild)
{
    auto db = Database::openInMemory();
    const auto all = iocdMigrations();
    std::vector<Migration> before;
    for (const auto& m : all)
        if (m.version < 9)
            before.push_back(m);
    migrate(db, before);
    ApiKeyRepository keys(db);
    const auto agency = keys.create("Sở TNMT", "agency", std::string(64, 'a'), {"air.aqi"}, at(0));
    migrate(db, all);
    const auto found = keys.find(agency.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "Sở TNMT");
    EXPECT_EQ(found->scope, std::vector<std::string>{"air.aqi"});
    const auto channel = keys.create("app", "channel", std::string(64, 'b'), {"app"}, at(1));
    EXPECT_EQ(keys.find(channel.id)->kind, "channel");
}

TEST(CitizenReportRepository, StoresUpdatesAndFindsByChannelRef)
{
    auto db = Database::openInMemory();
    migrate(db, iocdMigrations());
    CitizenReportRepository repo(db);
    auto r = report("APP-1", 10);
    r.id = repo.insert(r);
    repo.addPhoto(r.id, {1, std::string(64, 'c'), "image/png", 1234, 640, 480});
    repo.addEvent(r.id, {0, at(10), "key:1", "channel_key", "received", "", "received", ""});
    EXPECT_TRUE(repo.photoInUse(std::string(64, 'c')));
    EXPECT_FALSE(repo.photoInUse(std::string(64, 'd')));

    r.status = domain::ReportStatus::Forwarded;
    r.forwardUnit = "UBND phường Lê Chân";
    r.forwardDeadline = at(86400);
    r.publicDetail = r.forwardUnit;
    repo.update(r);

    const auto found = repo.findByChannelRef("app", "APP-1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, r.id);
    EXPECT_EQ(found->status, domain::ReportStatus::Forwarded);
    EXPECT_EQ(found->forwardUnit, "UBND phường Lê Chân");
    EXPECT_EQ(found->forwardDeadline, at(86400));
    EXPECT_EQ(found->contactPhone, "0912345678");
    EXPECT_EQ(repo.photos(r.id).size(), 1u);
    EXPECT_EQ(repo.events(r.id).size(), 1u);
    EXPECT_FALSE(repo.findByChannelRef("hotline", "APP-1"));

    // The channel's own id is unique per channel.
    EXPECT_THROW(repo.insert(report("APP-1", 20)), StorageError);
    auto other = report("APP-2", 30);
    other.id = repo.insert(other);
    ReportFilter open;
    open.statuses = {domain::ReportStatus::Received};
    const auto list = repo.list(open);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].id, other.id);
    ReportFilter all;
    EXPECT_EQ(repo.list(all).front().id, other.id); // newest first
}
