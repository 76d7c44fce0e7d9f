// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Checklist.h"

#include <algorithm>

namespace ioc::domain {

std::vector<std::string> untickedSteps(const std::vector<ChecklistStep>& steps,
                                       const std::set<std::string>& ticked)
{
    std::vector<std::string> out;
    for (const auto& s : steps)
        if (!ticked.contains(s.id))
            out.push_back(s.id);
    return out;
}

bool hasStep(const std::vector<ChecklistStep>& steps, const std::string& id)
{
    return std::any_of(steps.begin(), steps.end(), [&](const auto& s) { return s.id == id; });
}

std::variant<std::vector<SkippedStep>, Refusal>
checkSkippedSteps(const std::vector<ChecklistStep>& steps, const std::set<std::string>& ticked,
                  const std::map<std::string, std::string>& reasons)
{
    const auto unticked = untickedSteps(steps, ticked);
    for (const auto& [id, reason] : reasons)
        if (std::find(unticked.begin(), unticked.end(), id) == unticked.end())
            return Refusal{Refusal::Kind::Invalid, "unknown_skipped_step",
                           "step '" + id + "' is not an unticked step of this checklist"};
    std::vector<SkippedStep> skipped;
    std::string missing;
    for (const auto& id : unticked) {
        auto it = reasons.find(id);
        if (it == reasons.end() || it->second.find_first_not_of(" \t\r\n") == std::string::npos) {
            missing += (missing.empty() ? "" : ", ") + id;
            continue;
        }
        skipped.push_back({id, it->second});
    }
    if (!missing.empty())
        return Refusal{Refusal::Kind::Invalid, "skip_reason_required",
                       "give a reason for each skipped step: " + missing};
    return skipped;
}

} // namespace ioc::domain
