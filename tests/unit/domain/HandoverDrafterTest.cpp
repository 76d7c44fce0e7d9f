// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/HandoverDrafter.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
TimePoint at(const char *rfc3339)
{
    return *parseRfc3339(rfc3339);
}

// The night shift of 28 November: 22:00 local (15:00 UTC) to 06:00 local on the 29th.
DraftInputs nightInputs()
{
    DraftInputs in;
    in.shift = *ShiftRota::standard().instance("2026-11-28", "night");
    in.now = at("2026-11-28T22:40:00Z"); // 05:40 local, 20 minutes before the change
    return in;
}

IncidentFact incident(std::string ref, IncidentStatus status, const char *created)
{
    IncidentFact f;
    f.ref = std::move(ref);
    f.title = "Ngập úng";
    f.status = status;
    f.createdAt = at(created);
    f.updatedAt = f.createdAt;
    return f;
}

const HandoverItem *find(const std::vector<HandoverItem>& items, const std::string& key)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.key == key; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

TEST(HandoverDrafter, IncidentsOpenedChangedAndClosedAcrossMidnight)
{
    auto in = nightInputs();
    // Opened at 23:30 local (before midnight), still open.
    in.incidents.push_back(
        incident("HP-2026-000001", IncidentStatus::InProgress, "2026-11-28T16:30:00Z"));
    in.incidents.back().assignee = "an";
    // Opened the day before, changed at 02:00 local (after midnight).
    in.incidents.push_back(
        incident("HP-2026-000002", IncidentStatus::Acknowledged, "2026-11-27T03:00:00Z"));
    in.incidents.back().updatedAt = at("2026-11-28T19:00:00Z");
    // Closed at 04:00 local.
    in.incidents.push_back(
        incident("HP-2026-000003", IncidentStatus::Closed, "2026-11-28T10:00:00Z"));
    in.incidents.back().closedAt = at("2026-11-28T21:00:00Z");
    // Closed before the shift: not this shift's business.
    in.incidents.push_back(
        incident("HP-2026-000004", IncidentStatus::Closed, "2026-11-28T01:00:00Z"));
    in.incidents.back().closedAt = at("2026-11-28T14:59:00Z");

    const auto items = draftHandoverItems(in);
    const auto *opened = find(items, "incident:HP-2026-000001");
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->kind, HandoverItemKind::OpenIncident);
    EXPECT_EQ(opened->activity, "opened");
    EXPECT_EQ(opened->owner, "an");
    EXPECT_EQ(opened->status, "in_progress");
    EXPECT_TRUE(opened->open);
    EXPECT_EQ(find(items, "incident:HP-2026-000002")->activity, "changed");
    const auto *closed = find(items, "incident:HP-2026-000003");
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->kind, HandoverItemKind::IncidentActivity);
    EXPECT_EQ(closed->activity, "closed");
    EXPECT_FALSE(closed->open);
    EXPECT_FALSE(find(items, "incident:HP-2026-000004"));
}

TEST(HandoverDrafter, OpenIncidentsMostUrgentFirstAndProposalsSeparate)
{
    auto in = nightInputs();
    in.incidents.push_back(incident("HP-2026-000010", IncidentStatus::New, "2026-11-20T00:00:00Z"));
    in.incidents.push_back(
        incident("HP-2026-000011", IncidentStatus::InProgress, "2026-11-20T00:00:00Z"));
    in.incidents.back().deadline = at("2026-11-29T02:00:00Z");
    in.incidents.push_back(
        incident("HP-2026-000012", IncidentStatus::InProgress, "2026-11-20T00:00:00Z"));
    in.incidents.back().deadline = at("2026-11-28T20:00:00Z"); // already overdue
    in.incidents.push_back(
        incident("HP-2026-000013", IncidentStatus::ResolutionProposed, "2026-11-20T00:00:00Z"));
    in.incidents.back().proposedBy = "binh";

    const auto items = draftHandoverItems(in);
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(items[0].key, "incident:HP-2026-000012");
    EXPECT_EQ(items[1].key, "incident:HP-2026-000011");
    EXPECT_EQ(items[0].deadline, at("2026-11-28T20:00:00Z"));
    const auto *proposal = find(items, "incident:HP-2026-000013");
    EXPECT_EQ(proposal->kind, HandoverItemKind::AwaitingApproval);
    EXPECT_EQ(proposal->owner, "binh");
    EXPECT_TRUE(proposal->open);
    EXPECT_TRUE(
        std::all_of(items.begin(), items.end(), [](const auto& i) { return i.activity.empty(); }));
}

TEST(HandoverDrafter, AlertsSourcesAndStandingOrdersInForce)
{
    auto in = nightInputs();
    in.alerts.push_back({"7", "Mực nước cao", 2, true, at("2026-11-28T16:00:00Z")});
    in.alerts.push_back({"9", "Mưa lớn", 4, false, at("2026-11-28T18:00:00Z")});
    in.sources.push_back({"hp-water", Freshness::Stale, at("2026-11-28T12:00:00Z"), 3600});
    in.sources.push_back({"hp-air", Freshness::Fresh, at("2026-11-28T22:39:00Z"), 0});
    in.sources.push_back({"hp-traffic", Freshness::Late, at("2026-11-28T22:30:00Z"), 60});
    in.standingOrders.push_back({1, "Trực bão số 9", "Theo dõi mực nước",
                                 at("2026-11-27T00:00:00Z"), at("2026-11-30T00:00:00Z"), "sup"});
    in.standingOrders.push_back(
        {2, "Đã hết hạn", "", at("2026-11-01T00:00:00Z"), at("2026-11-28T22:00:00Z"), "sup"});
    in.standingOrders.push_back(
        {3, "Chưa bắt đầu", "", at("2026-11-29T00:00:00Z"), std::nullopt, "sup"});
    in.standingOrders.push_back(
        {4, "Không thời hạn", "", at("2026-01-01T00:00:00Z"), std::nullopt, "sup"});

    const auto items = draftHandoverItems(in);
    ASSERT_TRUE(find(items, "alert:9"));
    EXPECT_LT(find(items, "alert:9"), find(items, "alert:7")); // critical first
    EXPECT_EQ(find(items, "alert:9")->status, "active");
    EXPECT_EQ(find(items, "source:hp-water")->status, "stale");
    EXPECT_EQ(find(items, "source:hp-traffic")->status, "late");
    EXPECT_FALSE(find(items, "source:hp-air"));
    EXPECT_TRUE(find(items, "order:1"));
    EXPECT_EQ(find(items, "order:1")->detail, "Theo dõi mực nước");
    EXPECT_FALSE(find(items, "order:2"));
    EXPECT_FALSE(find(items, "order:3"));
    EXPECT_TRUE(find(items, "order:4"));
    EXPECT_TRUE(std::all_of(items.begin(), items.end(), [](const auto& i) { return i.open; }));
}

TEST(HandoverDrafter, OpenItemsCarryForwardUntilSettled)
{
    auto in = nightInputs();
    PreviousHandover prev{41, {}};
    HandoverItem freeItem;
    freeItem.kind = HandoverItemKind::Free;
    freeItem.key = "free:41-1";
    freeItem.title = "Gọi lại UBND phường Lê Chân";
    prev.items.push_back(freeItem);
    HandoverItem settledItem = freeItem;
    settledItem.key = "free:41-2";
    prev.items.push_back(settledItem);
    HandoverItem olderCarried = freeItem;
    olderCarried.kind = HandoverItemKind::CarriedForward;
    olderCarried.key = "free:30-1";
    olderCarried.carriedFrom = 30;
    prev.items.push_back(olderCarried);
    HandoverItem closedIncident;
    closedIncident.kind = HandoverItemKind::OpenIncident;
    closedIncident.key = "incident:HP-2026-000020";
    prev.items.push_back(closedIncident);
    HandoverItem stillOpen = closedIncident;
    stillOpen.key = "incident:HP-2026-000021";
    prev.items.push_back(stillOpen);
    HandoverItem info = freeItem;
    info.key = "free:41-3";
    info.open = false;
    prev.items.push_back(info);
    in.previous = prev;
    in.settledKeys = {"free:41-2"};
    in.incidents.push_back(
        incident("HP-2026-000020", IncidentStatus::Closed, "2026-11-20T00:00:00Z"));
    in.incidents.back().closedAt = at("2026-11-28T10:00:00Z");
    in.incidents.push_back(
        incident("HP-2026-000021", IncidentStatus::InProgress, "2026-11-20T00:00:00Z"));

    const auto items = draftHandoverItems(in);
    const auto *carried = find(items, "free:41-1");
    ASSERT_TRUE(carried);
    EXPECT_EQ(carried->kind, HandoverItemKind::CarriedForward);
    EXPECT_EQ(carried->carriedFrom, 41);
    EXPECT_TRUE(carried->open);
    EXPECT_FALSE(find(items, "free:41-2")->open); // listed as settled, nothing to take over
    EXPECT_EQ(find(items, "free:30-1")->carriedFrom, 30);
    EXPECT_FALSE(find(items, "free:41-3"));
    // The closed incident is not carried; the open one is listed once, marked as carried.
    EXPECT_FALSE(find(items, "incident:HP-2026-000020"));
    const auto *open = find(items, "incident:HP-2026-000021");
    EXPECT_EQ(open->kind, HandoverItemKind::OpenIncident);
    EXPECT_EQ(open->carriedFrom, 41);
    EXPECT_EQ(std::count_if(items.begin(), items.end(),
                            [](const auto& i) { return i.key == "incident:HP-2026-000021"; }),
              1);
}

TEST(HandoverDrafter, QuietShiftDraftsNothing)
{
    EXPECT_TRUE(draftHandoverItems(nightInputs()).empty());
}
