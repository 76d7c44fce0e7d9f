// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/IncidentLifecycle.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ioc::domain {

// A standard operating procedure: the steps of an incident category's checklist, in order.
struct ChecklistStep
{
    std::string id;      // stable, e.g. "close_road"
    std::string labelVi; // "Phong tỏa đoạn đường ngập"
    std::string labelEn;
};

struct SkippedStep
{
    std::string stepId;
    std::string reason;
};

// Steps of the checklist not ticked yet, in checklist order.
std::vector<std::string> untickedSteps(const std::vector<ChecklistStep>& steps,
                                       const std::set<std::string>& ticked);

// A closure proposal must say why each unticked step was skipped: returns the skipped steps (in
// checklist order, with their reasons) or a 400 `skip_reason_required` naming the steps without
// one. Reasons given for steps that were ticked (or do not exist) are refused as
// `unknown_skipped_step`, so a typo cannot hide a missing reason.
std::variant<std::vector<SkippedStep>, Refusal>
checkSkippedSteps(const std::vector<ChecklistStep>& steps, const std::set<std::string>& ticked,
                  const std::map<std::string, std::string>& reasons);

// Whether the step exists in the checklist (a tick for an unknown step is refused).
bool hasStep(const std::vector<ChecklistStep>& steps, const std::string& id);

} // namespace ioc::domain
