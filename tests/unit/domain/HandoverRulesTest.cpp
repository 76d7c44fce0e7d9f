// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/HandoverRules.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
TimePoint at(const char *rfc3339)
{
    return *parseRfc3339(rfc3339);
}

ShiftRota rota()
{
    return ShiftRota(ShiftRota::standard().shifts(), ShiftRota::kHaiPhongOffset,
                     {{"afternoon", {{"an"}, {"sup"}}},
                      {"night", {{"binh", "cuong"}, {"sup"}}},
                      {"morning", {{"dung"}, {"sup"}}}});
}

HandoverItem openItem(std::string key, bool open = true)
{
    HandoverItem i;
    i.key = std::move(key);
    i.open = open;
    return i;
}

// The afternoon of 28 November hands over to that night's shift.
HandoverAckState state()
{
    const auto r = rota();
    HandoverAckState s;
    s.signedBy = "an";
    s.nextShift = *r.instance("2026-11-28", "night");
    s.items = {openItem("incident:A"), openItem("free:1"), openItem("incident:B", false)};
    return s;
}

std::string refusalCode(const std::variant<std::vector<std::string>, Refusal>& v)
{
    const auto *r = std::get_if<Refusal>(&v);
    return r ? r->code : "";
}

const Actor an{1, "an", Role::Officer}, binh{2, "binh", Role::Officer},
    dung{4, "dung", Role::Officer}, sup{5, "sup", Role::Supervisor}, wall{6, "wall", Role::Wall};
} // namespace

TEST(HandoverRules, EveryOpenItemIndividually)
{
    const auto v =
        decideAcknowledgement(rota(), state(), {{"incident:A", "free:1"}, false, false}, binh);
    ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(v));
    EXPECT_EQ(std::get<std::vector<std::string>>(v).size(), 2u);
}

TEST(HandoverRules, MissingItemsAreRefused)
{
    const auto v = decideAcknowledgement(rota(), state(), {{"incident:A"}, false, false}, binh);
    EXPECT_EQ(refusalCode(v), "items_unacknowledged");
    EXPECT_EQ(std::get<Refusal>(v).httpStatus(), 409);
    EXPECT_NE(std::get<Refusal>(v).message.find("free:1"), std::string::npos);
}

TEST(HandoverRules, AllAtOnceNeedsConfirmation)
{
    EXPECT_EQ(refusalCode(decideAcknowledgement(rota(), state(), {{}, true, false}, binh)),
              "confirmation_required");
    const auto v = decideAcknowledgement(rota(), state(), {{}, true, true}, binh);
    ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(v));
    EXPECT_EQ(std::get<std::vector<std::string>>(v),
              (std::vector<std::string>{"free:1", "incident:A"}));
}

TEST(HandoverRules, WhoMayTakeOver)
{
    const auto r = rota();
    const auto s = state();
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, s, {{}, true, true}, an)), "own_handover");
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, s, {{}, true, true}, dung)),
              "not_on_next_shift");
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, s, {{}, true, true}, sup)), "not_on_next_shift");
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, s, {{}, true, true}, wall)), "role_not_allowed");
    auto done = s;
    done.status = HandoverStatus::Acknowledged;
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, done, {{}, true, true}, binh)),
              "already_acknowledged");
}

TEST(HandoverRules, UnknownOrInformationalKeysAndOpenQueries)
{
    const auto r = rota();
    auto s = state();
    EXPECT_EQ(refusalCode(decideAcknowledgement(
                  r, s, {{"incident:A", "free:1", "incident:B"}, false, false}, binh)),
              "unknown_item");
    s.openQueryKeys = {"free:1"};
    EXPECT_EQ(refusalCode(decideAcknowledgement(r, s, {{}, true, true}, binh)), "query_open");
    EXPECT_FALSE(mayQueryItem(r, s, "free:1", binh));
    EXPECT_EQ(mayQueryItem(r, s, "nothing", binh)->code, "unknown_item");
    EXPECT_EQ(mayQueryItem(r, s, "free:1", an)->code, "own_handover");
}

TEST(HandoverRules, WhoMaySign)
{
    const auto r = rota();
    const auto afternoon = *r.instance("2026-11-28", "afternoon");
    EXPECT_FALSE(maySignHandover(r, afternoon, an));
    EXPECT_EQ(maySignHandover(r, afternoon, binh)->code, "not_on_shift");
    EXPECT_FALSE(maySignHandover(r, afternoon, sup));
    EXPECT_EQ(maySignHandover(r, afternoon, wall)->code, "role_not_allowed");
}

TEST(HandoverRules, SignableShiftsAreTheCurrentAndTheOneJustEnded)
{
    const auto r = rota();
    const auto now = at("2026-11-28T16:00:00Z"); // 23:00 local, night shift
    EXPECT_TRUE(isSignableShift(r, *r.instance("2026-11-28", "night"), now));
    EXPECT_TRUE(isSignableShift(r, *r.instance("2026-11-28", "afternoon"), now));
    EXPECT_FALSE(isSignableShift(r, *r.instance("2026-11-28", "morning"), now));
    // After midnight the night shift that started the day before is still current.
    const auto after = at("2026-11-28T20:00:00Z"); // 03:00 local on the 29th
    EXPECT_TRUE(isSignableShift(r, *r.instance("2026-11-28", "night"), after));
    EXPECT_FALSE(isSignableShift(r, *r.instance("2026-11-29", "night"), after));
}

TEST(HandoverRules, EscalationAfterTheShiftChange)
{
    const auto shiftEnd = at("2026-11-28T23:00:00Z"); // 06:00 local on the 29th
    const auto deadline = escalationDeadline(shiftEnd, at("2026-11-28T22:45:00Z"), minutes(30));
    EXPECT_EQ(deadline, at("2026-11-28T23:30:00Z"));
    // Signed late: the incoming officer still gets the full time from signing.
    EXPECT_EQ(escalationDeadline(shiftEnd, at("2026-11-28T23:10:00Z"), minutes(30)),
              at("2026-11-28T23:40:00Z"));
    EXPECT_FALSE(isEscalationDue(HandoverStatus::Signed, std::nullopt, deadline,
                                 deadline - milliseconds(1)));
    EXPECT_TRUE(isEscalationDue(HandoverStatus::Signed, std::nullopt, deadline, deadline));
    EXPECT_FALSE(isEscalationDue(HandoverStatus::Signed, deadline, deadline, deadline + hours(1)));
    EXPECT_FALSE(
        isEscalationDue(HandoverStatus::Acknowledged, std::nullopt, deadline, deadline + hours(1)));
}

TEST(HandoverRules, DraftTimeIsTheLastHalfHour)
{
    const auto night = *rota().instance("2026-11-28", "night");
    EXPECT_FALSE(isDraftTime(night, night.end - minutes(31), minutes(30)));
    EXPECT_TRUE(isDraftTime(night, night.end - minutes(30), minutes(30)));
    EXPECT_FALSE(isDraftTime(night, night.end, minutes(30)));
}

TEST(HandoverRules, TheShiftThatJustEndedIsCheckedForAMissingHandover)
{
    const auto r = rota();
    // 07:00 local on the 29th: the 22–06 night that started on the 28th just ended.
    const auto morning = at("2026-11-29T00:00:00Z");
    EXPECT_EQ(lastEndedShift(r, morning), *r.instance("2026-11-28", "night"));
    // 03:00 local on the 29th: the night is still on; the afternoon of the 28th ended last.
    EXPECT_EQ(lastEndedShift(r, at("2026-11-28T20:00:00Z")),
              *r.instance("2026-11-28", "afternoon"));
    // 15:00 local: the morning.
    EXPECT_EQ(lastEndedShift(r, at("2026-11-29T08:00:00Z")), *r.instance("2026-11-29", "morning"));
}

TEST(HandoverRules, MissingHandoverOfTheNightShiftEscalatesOnce)
{
    const auto night = *rota().instance("2026-11-28", "night");
    ASSERT_EQ(night.end, at("2026-11-28T23:00:00Z")); // 06:00 local on the 29th
    const auto running = at("2026-11-20T00:00:00Z");  // the server was up long before
    const auto deadline = missingHandoverDeadline(night.end, running, minutes(30));
    EXPECT_EQ(deadline, at("2026-11-28T23:30:00Z"));
    EXPECT_FALSE(isMissingHandoverDue(false, false, deadline, deadline - milliseconds(1)));
    EXPECT_TRUE(isMissingHandoverDue(false, false, deadline, deadline));
    // Once per shift: already escalated (stored), it is not raised again, e.g. after a restart.
    EXPECT_FALSE(isMissingHandoverDue(false, true, deadline, deadline + hours(1)));
    // A handover signed, even late, means nothing is missing.
    EXPECT_FALSE(isMissingHandoverDue(true, false, deadline, deadline + hours(1)));
}

TEST(HandoverRules, AServerDownAtTheShiftChangeGivesTheFullTimeFromItsStart)
{
    const auto afternoon = *rota().instance("2026-11-28", "afternoon");
    const auto started = afternoon.end + minutes(10); // down over the 22:00 change
    EXPECT_EQ(missingHandoverDeadline(afternoon.end, started, minutes(30)), started + minutes(30));
}
