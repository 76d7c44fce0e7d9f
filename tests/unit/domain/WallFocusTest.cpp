// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/WallFocus.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {

const TimePoint kStart = sys_days{2026y / November / 28} + 8h;

FocusRule rule()
{
    FocusRule r;
    r.minSeverity = 3;
    r.timeout = 300s;
    return r;
}

} // namespace

TEST(WallFocus, OnlySevereEnoughSubjectsOfAllowedKindsQualify)
{
    FocusRule r = rule();
    EXPECT_TRUE(qualifiesForFocus(r, {"incident", "1", 3}));
    EXPECT_TRUE(qualifiesForFocus(r, {"alert", "7", 4}));
    EXPECT_FALSE(qualifiesForFocus(r, {"incident", "1", 2}));
    EXPECT_FALSE(qualifiesForFocus(r, {"report", "1", 4}));
    r.alerts = false;
    EXPECT_FALSE(qualifiesForFocus(r, {"alert", "7", 4}));
}

TEST(WallFocus, RaisedSubjectTakesTheScreen)
{
    const auto focus = focusOnRaised(rule(), std::nullopt, {"incident", "12", 4}, kStart);
    ASSERT_TRUE(focus.has_value());
    EXPECT_EQ(focus->subject.id, "12");
    EXPECT_EQ(focus->since, kStart);
    EXPECT_FALSE(focusOnRaised(rule(), std::nullopt, {"incident", "13", 2}, kStart).has_value());
}

TEST(WallFocus, LesserSubjectNeverDisplacesAMoreSevereOne)
{
    const auto critical = focusOnRaised(rule(), std::nullopt, {"incident", "12", 4}, kStart);
    const auto after = focusOnRaised(rule(), critical, {"alert", "3", 3}, kStart + 10s);
    EXPECT_EQ(after->subject.id, "12");
    const auto equal = focusOnRaised(rule(), critical, {"alert", "4", 4}, kStart + 20s);
    EXPECT_EQ(equal->subject.id, "4") << "the newest of equal severity is shown";
}

TEST(WallFocus, RaisedAgainRestartsTheTimeout)
{
    const auto first = focusOnRaised(rule(), std::nullopt, {"alert", "3", 3}, kStart);
    const auto again = focusOnRaised(rule(), first, {"alert", "3", 3}, kStart + 200s);
    EXPECT_EQ(again->since, kStart + 200s);
    EXPECT_TRUE(focusOnTick(rule(), again, kStart + 400s).has_value());
}

TEST(WallFocus, AcknowledgementEndsOnlyTheFocusedSubject)
{
    const auto focus = focusOnRaised(rule(), std::nullopt, {"incident", "12", 4}, kStart);
    EXPECT_TRUE(focusOnAcknowledged(focus, "incident", "13").has_value());
    EXPECT_TRUE(focusOnAcknowledged(focus, "alert", "12").has_value());
    EXPECT_FALSE(focusOnAcknowledged(focus, "incident", "12").has_value());
}

TEST(WallFocus, TimeoutReturnsToThePlaylist)
{
    const auto focus = focusOnRaised(rule(), std::nullopt, {"incident", "12", 4}, kStart);
    EXPECT_TRUE(focusOnTick(rule(), focus, kStart + 299s).has_value());
    EXPECT_FALSE(focusOnTick(rule(), focus, kStart + 300s).has_value());
    EXPECT_FALSE(focusOnTick(rule(), std::nullopt, kStart).has_value());
}
