// SPDX-License-Identifier: GPL-3.0-or-later
// Every action × every status × every role × (own proposal or not), against the table below,
// which is written out by hand from issue 5 rather than derived from the code under test.
#include "ioc/domain/IncidentLifecycle.h"

#include <gtest/gtest.h>

#include <array>

using namespace ioc::domain;

namespace {
constexpr std::array kAllStatuses{IncidentStatus::New, IncidentStatus::Acknowledged,
                                  IncidentStatus::InProgress, IncidentStatus::ResolutionProposed,
                                  IncidentStatus::Closed};
constexpr std::array kAllActions{
    IncidentAction::Acknowledge, IncidentAction::Start,  IncidentAction::ProposeResolution,
    IncidentAction::Approve,     IncidentAction::Reject, IncidentAction::Reopen};
constexpr std::array kAllRoles{Role::Officer, Role::Supervisor, Role::Wall, Role::Admin};

struct Rule
{
    IncidentAction action;
    IncidentStatus from;
    IncidentStatus to;
    bool officer;    // may an officer do it?
    bool supervisor; // may a supervisor?
    bool reason;     // is a reason required?
};
constexpr std::array kRules{
    Rule{IncidentAction::Acknowledge, IncidentStatus::New, IncidentStatus::Acknowledged, true, true,
         false},
    Rule{IncidentAction::Start, IncidentStatus::Acknowledged, IncidentStatus::InProgress, true,
         true, false},
    Rule{IncidentAction::ProposeResolution, IncidentStatus::InProgress,
         IncidentStatus::ResolutionProposed, true, true, false},
    Rule{IncidentAction::Approve, IncidentStatus::ResolutionProposed, IncidentStatus::Closed, false,
         true, false},
    Rule{IncidentAction::Reject, IncidentStatus::ResolutionProposed, IncidentStatus::InProgress,
         false, true, true},
    Rule{IncidentAction::Reopen, IncidentStatus::Closed, IncidentStatus::InProgress, true, true,
         true},
};

const Rule& ruleFor(IncidentAction a)
{
    for (const auto& r : kRules)
        if (r.action == a)
            return r;
    throw std::logic_error("no rule");
}

Actor actor(Role role, std::string name = "me")
{
    return Actor{7, std::move(name), role};
}
} // namespace

TEST(IncidentLifecycle, EveryActionStatusRoleCombination)
{
    int checked = 0;
    for (auto action : kAllActions)
        for (auto status : kAllStatuses)
            for (auto role : kAllRoles)
                for (bool ownProposal : {false, true})
                    for (bool withComment : {false, true}) {
                        const Rule& rule = ruleFor(action);
                        LifecycleState state{status, ownProposal ? "me" : "someone_else"};
                        auto result = decideTransition(state, action, actor(role),
                                                       withComment ? "vì lý do" : "  ");
                        SCOPED_TRACE(std::string(toString(action)) + " from " +
                                     std::string(toString(status)) + " as " +
                                     std::string(toString(role)) + (ownProposal ? " (own)" : "") +
                                     (withComment ? " with comment" : ""));
                        ++checked;
                        const bool roleOk = (role == Role::Officer && rule.officer) ||
                                            (role == Role::Supervisor && rule.supervisor);
                        if (!roleOk) {
                            ASSERT_TRUE(std::holds_alternative<Refusal>(result));
                            EXPECT_EQ(std::get<Refusal>(result).httpStatus(), 403);
                            continue;
                        }
                        if (status != rule.from) {
                            ASSERT_TRUE(std::holds_alternative<Refusal>(result));
                            EXPECT_EQ(std::get<Refusal>(result).httpStatus(), 409);
                            EXPECT_EQ(std::get<Refusal>(result).code, "invalid_transition");
                            continue;
                        }
                        if (action == IncidentAction::Approve && ownProposal) {
                            ASSERT_TRUE(std::holds_alternative<Refusal>(result));
                            EXPECT_EQ(std::get<Refusal>(result).httpStatus(), 403);
                            EXPECT_EQ(std::get<Refusal>(result).code, "own_proposal");
                            continue;
                        }
                        if (rule.reason && !withComment) {
                            ASSERT_TRUE(std::holds_alternative<Refusal>(result));
                            EXPECT_EQ(std::get<Refusal>(result).httpStatus(), 400);
                            EXPECT_EQ(std::get<Refusal>(result).code, "reason_required");
                            continue;
                        }
                        ASSERT_TRUE(std::holds_alternative<IncidentStatus>(result))
                            << std::get<Refusal>(result).message;
                        EXPECT_EQ(std::get<IncidentStatus>(result), rule.to);
                    }
    EXPECT_EQ(checked, 6 * 5 * 4 * 2 * 2);
}

TEST(IncidentLifecycle, AnOfficerCanNeverClose)
{
    for (auto status : kAllStatuses) {
        auto r = decideTransition({status, "someone_else"}, IncidentAction::Approve,
                                  actor(Role::Officer), "ok");
        ASSERT_TRUE(std::holds_alternative<Refusal>(r));
        EXPECT_EQ(std::get<Refusal>(r).code, "supervisor_required");
        EXPECT_EQ(std::get<Refusal>(r).httpStatus(), 403);
    }
}

TEST(IncidentLifecycle, FourEyesOnlyAnotherSupervisorApproves)
{
    LifecycleState proposed{IncidentStatus::ResolutionProposed, "supervisor"};
    auto own = decideTransition(proposed, IncidentAction::Approve,
                                actor(Role::Supervisor, "supervisor"), "");
    ASSERT_TRUE(std::holds_alternative<Refusal>(own));
    EXPECT_EQ(std::get<Refusal>(own).code, "own_proposal");
    auto other = decideTransition(proposed, IncidentAction::Approve,
                                  actor(Role::Supervisor, "supervisor2"), "");
    ASSERT_TRUE(std::holds_alternative<IncidentStatus>(other));
    EXPECT_EQ(std::get<IncidentStatus>(other), IncidentStatus::Closed);
}

TEST(IncidentLifecycle, ARoleRefusalWinsOverAStateRefusal)
{
    // An officer approving a new incident is told about the role, which no state would fix.
    auto r = decideTransition({IncidentStatus::New, ""}, IncidentAction::Approve,
                              actor(Role::Officer), "");
    ASSERT_TRUE(std::holds_alternative<Refusal>(r));
    EXPECT_EQ(std::get<Refusal>(r).httpStatus(), 403);
    auto wall = decideTransition({IncidentStatus::New, ""}, IncidentAction::Acknowledge,
                                 actor(Role::Wall), "");
    ASSERT_TRUE(std::holds_alternative<Refusal>(wall));
    EXPECT_EQ(std::get<Refusal>(wall).code, "role_not_allowed");
}

TEST(IncidentLifecycle, TransitionTableMatchesTheRules)
{
    for (const auto& rule : kRules) {
        EXPECT_EQ(transitionSource(rule.action), rule.from);
        EXPECT_EQ(transitionTarget(rule.action), rule.to);
    }
}

TEST(IncidentLifecycle, EditsOnAClosedIncident)
{
    const auto officer = actor(Role::Officer);
    EXPECT_FALSE(checkEdit(IncidentStatus::Closed, IncidentEdit::Note, officer));
    EXPECT_FALSE(checkEdit(IncidentStatus::Closed, IncidentEdit::RecordAnswer, officer));
    for (auto e : {IncidentEdit::Assign, IncidentEdit::Forward, IncidentEdit::TickChecklist,
                   IncidentEdit::Update}) {
        auto r = checkEdit(IncidentStatus::Closed, e, officer);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->httpStatus(), 409);
        EXPECT_FALSE(checkEdit(IncidentStatus::InProgress, e, officer));
    }
    auto wall = checkEdit(IncidentStatus::New, IncidentEdit::Note, actor(Role::Wall));
    ASSERT_TRUE(wall);
    EXPECT_EQ(wall->httpStatus(), 403);
}
