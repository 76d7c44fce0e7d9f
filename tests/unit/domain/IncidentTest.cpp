// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Incident.h"
#include "ioc/domain/Checklist.h"
#include "ioc/domain/Overdue.h"
#include "ioc/domain/SearchText.h"

#include <gtest/gtest.h>

using namespace ioc::domain;
using namespace std::chrono;

namespace {
TimePoint at(const char *text)
{
    return *parseRfc3339(text);
}
} // namespace

TEST(Incident, NamesRoundTrip)
{
    for (auto s : {IncidentStatus::New, IncidentStatus::Acknowledged, IncidentStatus::InProgress,
                   IncidentStatus::ResolutionProposed, IncidentStatus::Closed})
        EXPECT_EQ(incidentStatusFromString(toString(s)), s);
    EXPECT_EQ(toString(IncidentStatus::ResolutionProposed), "resolution_proposed");
    EXPECT_EQ(incidentActionFromString("propose_resolution"), IncidentAction::ProposeResolution);
    EXPECT_FALSE(incidentActionFromString("close"));
    EXPECT_EQ(incidentSourceKindFromString("citizen_report"), IncidentSourceKind::CitizenReport);
    EXPECT_FALSE(incidentStatusFromString("done"));
}

TEST(Incident, SeverityLevelsHaveNamesAndColours)
{
    EXPECT_FALSE(severityFromInt(0));
    EXPECT_FALSE(severityFromInt(5));
    EXPECT_EQ(severityName(*severityFromInt(1)), "low");
    EXPECT_EQ(severityName(*severityFromInt(4)), "critical");
    EXPECT_EQ(severityLabelVi(Severity::Critical), "Khẩn cấp");
    EXPECT_EQ(severityLabelEn(Severity::Medium), "Medium");
    EXPECT_EQ(severityColour(Severity::Critical), "#C62828");
    EXPECT_EQ(toInt(Severity::High), 3);
}

TEST(Incident, HumanReadableRef)
{
    EXPECT_EQ(formatIncidentRef(2026, 123), "HP-2026-000123");
    EXPECT_EQ(formatIncidentRef(2026, 1234567), "HP-2026-1234567");
    auto r = parseIncidentRef("HP-2026-000123");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->year, 2026);
    EXPECT_EQ(r->number, 123);
    EXPECT_FALSE(parseIncidentRef("HP-2026-12"));
    EXPECT_FALSE(parseIncidentRef("XX-2026-000123"));
    EXPECT_FALSE(parseIncidentRef("HP-2026-000000"));
    EXPECT_FALSE(parseIncidentRef("HP-2026-00012a"));
    EXPECT_FALSE(parseIncidentRef("42"));
}

TEST(Incident, RefYearIsHaiPhongLocalYear)
{
    // 31 Dec 2026 17:30 UTC is 1 Jan 2027 00:30 in Hai Phong.
    EXPECT_EQ(incidentRefYear(at("2026-12-31T16:59:59Z")), 2026);
    EXPECT_EQ(incidentRefYear(at("2026-12-31T17:30:00Z")), 2027);
}

TEST(Overdue, ResponseDeadlinePassedAndNotClosed)
{
    const auto now = at("2026-11-28T10:00:00Z");
    EXPECT_FALSE(isOverdue(IncidentStatus::InProgress, std::nullopt, {}, now));
    EXPECT_FALSE(isOverdue(IncidentStatus::InProgress, now, {}, now)); // due now is not late yet
    EXPECT_TRUE(isOverdue(IncidentStatus::InProgress, now - minutes(1), {}, now));
    EXPECT_TRUE(isOverdue(IncidentStatus::ResolutionProposed, now - minutes(1), {}, now));
    EXPECT_FALSE(isOverdue(IncidentStatus::Closed, now - minutes(1), {}, now));
}

TEST(Overdue, UnansweredForwardPastItsDeadline)
{
    const auto now = at("2026-11-28T10:00:00Z");
    std::vector<ForwardDeadline> forwards{{now + hours(1), std::nullopt},
                                          {now - hours(1), now - minutes(90)}};
    EXPECT_FALSE(isOverdue(IncidentStatus::InProgress, now + hours(2), forwards, now));
    forwards.push_back({now - minutes(5), std::nullopt});
    EXPECT_TRUE(isOverdue(IncidentStatus::InProgress, now + hours(2), forwards, now));
    EXPECT_EQ(earliestOpenForwardDeadline(forwards), now - minutes(5));
    EXPECT_FALSE(isOverdue(IncidentStatus::Closed, std::nullopt, forwards, now));
}

TEST(Checklist, SkippedStepsNeedAReasonEach)
{
    const std::vector<ChecklistStep> steps{{"a", "A", "A"}, {"b", "B", "B"}, {"c", "C", "C"}};
    auto ok = checkSkippedSteps(steps, {"a", "b", "c"}, {});
    ASSERT_TRUE(std::holds_alternative<std::vector<SkippedStep>>(ok));
    EXPECT_TRUE(std::get<0>(ok).empty());

    auto missing = checkSkippedSteps(steps, {"a"}, {{"b", "không cần"}});
    ASSERT_TRUE(std::holds_alternative<Refusal>(missing));
    EXPECT_EQ(std::get<Refusal>(missing).code, "skip_reason_required");
    EXPECT_NE(std::get<Refusal>(missing).message.find('c'), std::string::npos);
    EXPECT_EQ(std::get<Refusal>(missing).httpStatus(), 400);

    auto blank = checkSkippedSteps(steps, {"a", "b"}, {{"c", " "}});
    ASSERT_TRUE(std::holds_alternative<Refusal>(blank));

    auto typo = checkSkippedSteps(steps, {"a", "b"}, {{"c", "x"}, {"zz", "y"}});
    ASSERT_TRUE(std::holds_alternative<Refusal>(typo));
    EXPECT_EQ(std::get<Refusal>(typo).code, "unknown_skipped_step");

    auto good =
        checkSkippedSteps(steps, {"b"}, {{"c", "đã có lực lượng khác"}, {"a", "không áp dụng"}});
    ASSERT_TRUE(std::holds_alternative<std::vector<SkippedStep>>(good));
    ASSERT_EQ(std::get<0>(good).size(), 2u);
    EXPECT_EQ(std::get<0>(good)[0].stepId, "a"); // checklist order
    EXPECT_EQ(std::get<0>(good)[1].reason, "đã có lực lượng khác");
    EXPECT_EQ(untickedSteps(steps, {"b"}), (std::vector<std::string>{"a", "c"}));
    EXPECT_TRUE(hasStep(steps, "b"));
    EXPECT_FALSE(hasStep(steps, "z"));
}

TEST(SearchText, FoldsDStrokeOnly)
{
    EXPECT_EQ(foldDStroke("Đồ Sơn đường"), "Dồ Sơn dường");
    EXPECT_EQ(foldDStroke(foldDStroke("Đồ Sơn")), foldDStroke("Đồ Sơn"));
    EXPECT_EQ(foldDStroke("plain"), "plain");
}

TEST(SearchText, MatchExpressionQuotesWordsAndPrefixesTheLast)
{
    EXPECT_EQ(ftsMatchExpression("le chan"), "\"le\" \"chan\"*");
    EXPECT_EQ(ftsMatchExpression("  Đường, ngập!"), "\"Dường\" \"ngập\"*");
    EXPECT_EQ(ftsMatchExpression("a\"b OR NEAR(x"), "\"a\" \"b\" \"OR\" \"NEAR\" \"x\"*");
    EXPECT_EQ(ftsMatchExpression(" - ! "), "");
}
