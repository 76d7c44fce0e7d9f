// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentJson.h"

#include "ioc/domain/Overdue.h"
#include "ioc/protocol/Json.h"

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;
namespace json = protocol::json;
using protocol::Error;

namespace {
bj::value textOrNull(const std::string& s)
{
    return s.empty() ? bj::value(nullptr) : bj::value(s);
}

bj::object label(const std::string& vi, const std::string& en)
{
    return {{"vi", vi}, {"en", en}};
}

std::vector<std::string> splitComma(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto comma = s.find(',', start);
        const auto part =
            s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!part.empty())
            out.push_back(part);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

std::optional<std::int64_t> toInt(const std::string& s)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<bool> toBool(const std::string& s)
{
    if (s == "true" || s == "1")
        return true;
    if (s == "false" || s == "0")
        return false;
    return std::nullopt;
}

Error badFilter(const std::string& name, const std::string& why)
{
    return Error{"bad_filter", "query parameter '" + name + "': " + why};
}

protocol::Result<std::string> optionalText(const bj::object& o, std::string_view key,
                                           std::size_t max);
} // namespace

bj::object incidentSummaryJson(const storage::IncidentRecord& r, const UnitDirectory& units,
                               domain::TimePoint now)
{
    const auto& f = r.fields;
    const auto *unit = f.unitCode.empty() ? nullptr : units.find(f.unitCode);
    std::vector<domain::ForwardDeadline> forwards;
    if (r.forwardDeadline)
        forwards.push_back({*r.forwardDeadline, std::nullopt});
    bj::object o{
        {"id", r.id},
        {"ref", r.ref},
        {"title", f.title},
        {"description", f.description},
        {"domain", f.domain},
        {"category", f.category},
        {"severity", domain::toInt(f.severity)},
        {"severity_name", domain::severityName(f.severity)},
        {"status", domain::toString(r.status)},
        {"drill", f.drill},
        {"overdue", domain::isOverdue(r.status, f.responseDeadline, forwards, now)},
        {"location", f.location
                         ? bj::value(bj::object{{"lat", f.location->lat}, {"lon", f.location->lon}})
                         : bj::value(nullptr)},
        {"unit_code", textOrNull(f.unitCode)},
        {"unit_name", unit ? bj::value(unit->fullName) : bj::value(nullptr)},
        {"source_kind", domain::toString(f.sourceKind)},
        {"source_ref", textOrNull(f.sourceRef)},
        {"reporter", r.reporter},
        {"assignee", textOrNull(f.assignee)},
        {"responsible_unit", textOrNull(f.responsibleUnit)},
        {"response_deadline", json::timeOrNull(f.responseDeadline)},
        {"forward_deadline", json::timeOrNull(r.forwardDeadline)},
        {"proposed_by", textOrNull(r.proposedBy)},
        {"created_at", domain::formatRfc3339(r.createdAt)},
        {"updated_at", domain::formatRfc3339(r.updatedAt)},
        {"closed_at", json::timeOrNull(r.closedAt)},
    };
    return o;
}

bj::object incidentDetailJson(const IncidentDetail& d, const IncidentCategories& categories,
                              const UnitDirectory& units, const domain::Actor& viewer,
                              domain::TimePoint now)
{
    bj::object o = incidentSummaryJson(d.incident, units, now);
    bj::array timeline;
    for (const auto& e : d.timeline)
        timeline.push_back(bj::object{{"id", e.id},
                                      {"at", domain::formatRfc3339(e.at)},
                                      {"actor", e.actor},
                                      {"role", e.actorRole},
                                      {"kind", e.kind},
                                      {"action", textOrNull(e.action)},
                                      {"from", textOrNull(e.fromStatus)},
                                      {"to", textOrNull(e.toStatus)},
                                      {"text", e.text},
                                      {"ref", textOrNull(e.ref)}});
    o["timeline"] = std::move(timeline);
    bj::array forwards;
    for (const auto& f : d.forwards)
        forwards.push_back(
            bj::object{{"id", f.id},
                       {"unit", f.fields.unit},
                       {"focal_point", f.fields.focalPoint},
                       {"message", f.fields.message},
                       {"deadline", domain::formatRfc3339(f.fields.deadline)},
                       {"forwarded_at", domain::formatRfc3339(f.forwardedAt)},
                       {"forwarded_by", f.forwardedBy},
                       {"answered_at", json::timeOrNull(f.answeredAt)},
                       {"answer", textOrNull(f.answer)},
                       {"answered_by", textOrNull(f.answeredBy)},
                       {"overdue", d.incident.status != domain::IncidentStatus::Closed &&
                                       !f.answeredAt && f.fields.deadline < now}});
    o["forwards"] = std::move(forwards);
    bj::array steps;
    if (const auto *category = categories.find(d.incident.fields.category)) {
        for (const auto& s : category->checklist) {
            bj::object step{{"id", s.id},      {"label", label(s.labelVi, s.labelEn)},
                            {"state", "open"}, {"by", nullptr},
                            {"at", nullptr},   {"reason", nullptr}};
            for (const auto& m : d.checklist)
                if (m.stepId == s.id) {
                    step["state"] = m.done ? "done" : "skipped";
                    step["by"] = m.by;
                    step["at"] = domain::formatRfc3339(m.at);
                    step["reason"] = textOrNull(m.reason);
                }
            steps.push_back(std::move(step));
        }
    }
    o["checklist"] = std::move(steps);
    bj::array allowed;
    for (auto a : {domain::IncidentAction::Acknowledge, domain::IncidentAction::Start,
                   domain::IncidentAction::ProposeResolution, domain::IncidentAction::Approve,
                   domain::IncidentAction::Reject, domain::IncidentAction::Reopen}) {
        // A placeholder reason: what is asked here is whether role and state allow it.
        auto r =
            domain::decideTransition({d.incident.status, d.incident.proposedBy}, a, viewer, "-");
        if (std::holds_alternative<domain::IncidentStatus>(r))
            allowed.push_back(bj::value(domain::toString(a)));
    }
    o["allowed_actions"] = std::move(allowed);
    return o;
}

bj::object categoriesJson(const IncidentCategories& categories)
{
    bj::array list;
    for (const auto& c : categories.categories) {
        bj::array steps;
        for (const auto& s : c.checklist)
            steps.push_back(bj::object{{"id", s.id}, {"label", label(s.labelVi, s.labelEn)}});
        list.push_back(bj::object{{"id", c.id},
                                  {"domain", c.domain},
                                  {"label", label(c.labelVi, c.labelEn)},
                                  {"default_severity", domain::toInt(c.defaultSeverity)},
                                  {"response_minutes", c.responseTime.count()},
                                  {"checklist", std::move(steps)}});
    }
    bj::array severities;
    for (auto s : {domain::Severity::Low, domain::Severity::Medium, domain::Severity::High,
                   domain::Severity::Critical})
        severities.push_back(bj::object{{"level", domain::toInt(s)},
                                        {"name", domain::severityName(s)},
                                        {"label", label(std::string(domain::severityLabelVi(s)),
                                                        std::string(domain::severityLabelEn(s)))},
                                        {"colour", domain::severityColour(s)}});
    return {{"categories", std::move(list)}, {"severities", std::move(severities)}};
}

bj::object unitsJson(const UnitDirectory& units)
{
    bj::array list;
    for (const auto& u : units.units)
        list.push_back(bj::object{{"code", u.code},
                                  {"type", u.type},
                                  {"name", u.name},
                                  {"full_name", u.fullName},
                                  {"name_en", u.nameEn},
                                  {"lat", u.lat},
                                  {"lon", u.lon}});
    return {{"units", std::move(list)}};
}

namespace {
protocol::Result<std::string> optionalText(const bj::object& o, std::string_view key,
                                           std::size_t max)
{
    auto it = o.find(key);
    if (it == o.end() || it->value().is_null())
        return std::string{};
    if (!it->value().is_string())
        return Error{"bad_field", "field '" + std::string(key) + "' must be a string"};
    std::string s(it->value().get_string());
    if (s.size() > max)
        return Error{"bad_field", "field '" + std::string(key) + "' is too long"};
    return s;
}
} // namespace

protocol::Result<IncidentDraft> parseNewIncident(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "incident");
    if (!o)
        return o.error();
    const auto& obj = **o;
    IncidentDraft draft;
    storage::NewIncident& n = draft.incident;
    struct TextField
    {
        std::string_view key;
        std::string *out;
        std::size_t max;
    };
    for (const auto& f :
         {TextField{"title", &n.title, 300}, TextField{"description", &n.description, 20000},
          TextField{"domain", &n.domain, 100}, TextField{"category", &n.category, 100},
          TextField{"unit_code", &n.unitCode, 20}, TextField{"source_ref", &n.sourceRef, 200},
          TextField{"assignee", &n.assignee, 100},
          TextField{"responsible_unit", &n.responsibleUnit, 300}}) {
        auto t = optionalText(obj, f.key, f.max);
        if (!t)
            return t.error();
        *f.out = std::move(*t);
    }
    if (n.category.empty())
        return Error{"bad_field", "field 'category' is required"};
    if (auto it = obj.find("severity"); it != obj.end() && !it->value().is_null()) {
        auto level = json::requireInt(obj, "severity");
        if (!level || !domain::severityFromInt(*level))
            return Error{"bad_field", "field 'severity' must be 1 (low) to 4 (critical)"};
        n.severity = *domain::severityFromInt(*level);
        draft.severityGiven = true;
    }
    auto kind = optionalText(obj, "source_kind", 40);
    if (!kind)
        return kind.error();
    if (!kind->empty()) {
        auto k = domain::incidentSourceKindFromString(*kind);
        if (!k)
            return Error{
                "bad_field",
                "field 'source_kind' must be officer, alert, citizen_report or department"};
        n.sourceKind = *k;
    }
    if (auto it = obj.find("location"); it != obj.end() && !it->value().is_null()) {
        if (!it->value().is_object())
            return Error{"bad_field", "field 'location' must be {\"lat\", \"lon\"}"};
        auto lat = json::requireNumber(it->value().get_object(), "lat");
        auto lon = json::requireNumber(it->value().get_object(), "lon");
        if (!lat || !lon)
            return Error{"bad_field", "field 'location' must be {\"lat\", \"lon\"}"};
        n.location = storage::GeoPoint{*lat, *lon};
    }
    auto deadline = json::optionalTime(obj, "response_deadline");
    if (!deadline)
        return deadline.error();
    n.responseDeadline = *deadline;
    if (auto it = obj.find("drill"); it != obj.end() && !it->value().is_null()) {
        if (!it->value().is_bool())
            return Error{"bad_field", "field 'drill' must be true or false"};
        n.drill = it->value().get_bool();
    }
    return draft;
}

protocol::Result<storage::IncidentFilter>
parseIncidentFilter(const std::map<std::string, std::string>& query)
{
    storage::IncidentFilter f;
    for (const auto& [name, value] : query) {
        if (value.empty())
            continue; // "?status=&q=" as a form sends it: no filter
        if (name == "q") {
            if (value.size() > 200)
                return badFilter(name, "at most 200 bytes");
            f.text = value;
        } else if (name == "status") {
            for (const auto& s : splitComma(value)) {
                auto st = domain::incidentStatusFromString(s);
                if (!st)
                    return badFilter(name, "unknown status '" + s + "'");
                f.statuses.push_back(*st);
            }
        } else if (name == "severity") {
            for (const auto& s : splitComma(value)) {
                auto level = toInt(s);
                if (!level || !domain::severityFromInt(*level))
                    return badFilter(name, "levels are 1 to 4");
                f.severities.push_back(*domain::severityFromInt(*level));
            }
        } else if (name == "domain") {
            f.domain = value;
        } else if (name == "unit") {
            f.unitCode = value;
        } else if (name == "assignee") {
            f.assignee = value;
        } else if (name == "overdue" || name == "drill") {
            auto b = toBool(value);
            if (!b)
                return badFilter(name, "true or false");
            (name == "overdue" ? f.overdue : f.drill) = *b;
        } else if (name == "from" || name == "to") {
            auto t = domain::parseRfc3339(value);
            if (!t)
                return badFilter(name, "an RFC 3339 time");
            (name == "from" ? f.from : f.to) = *t;
        } else if (name == "sort") {
            // "severity" ascending, "-severity" descending (the default order is "-created").
            const bool descending = value.front() == '-';
            const std::string key = descending ? value.substr(1) : value;
            static const std::map<std::string, storage::IncidentSortKey> kKeys{
                {"created", storage::IncidentSortKey::Created},
                {"severity", storage::IncidentSortKey::Severity},
                {"status", storage::IncidentSortKey::Status},
                {"deadline", storage::IncidentSortKey::Deadline}};
            const auto it = kKeys.find(key);
            if (it == kKeys.end())
                return badFilter(name, "created, severity, status or deadline, with '-' in front "
                                       "for descending");
            f.sort = {it->second, descending};
        } else if (name == "page" || name == "page_size") {
            auto n = toInt(value);
            if (!n || *n < 1 || (name == "page_size" && *n > 200) || *n > 1'000'000)
                return badFilter(name, name == "page" ? "a page number from 1" : "1 to 200");
            (name == "page" ? f.page : f.pageSize) = static_cast<int>(*n);
        }
        // Unknown parameters are ignored: later versions add filters.
    }
    return f;
}

protocol::Result<storage::NewForward> parseNewForward(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "forward");
    if (!o)
        return o.error();
    storage::NewForward f;
    auto unit = json::requireString(**o, "unit");
    if (!unit)
        return unit.error();
    f.unit = *unit;
    auto focal = optionalText(**o, "focal_point", 300);
    auto message = optionalText(**o, "message", 20000);
    if (!focal)
        return focal.error();
    if (!message)
        return message.error();
    f.focalPoint = *focal;
    f.message = *message;
    auto deadline = json::requireTime(**o, "deadline");
    if (!deadline)
        return deadline.error();
    f.deadline = *deadline;
    return f;
}

protocol::Result<TransitionRequest> parseTransitionRequest(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "transition");
    if (!o)
        return o.error();
    auto action = json::requireString(**o, "action");
    if (!action)
        return action.error();
    auto a = domain::incidentActionFromString(*action);
    if (!a)
        return Error{"unknown_action", "'action' must be acknowledge, start, propose_resolution, "
                                       "approve, reject or reopen"};
    TransitionRequest r;
    r.action = *a;
    auto comment = optionalText(**o, "comment", 20000);
    if (!comment)
        return comment.error();
    r.comment = *comment;
    if (auto it = (*o)->find("skipped"); it != (*o)->end() && !it->value().is_null()) {
        if (!it->value().is_array())
            return Error{"bad_field", "'skipped' must be [{\"step\", \"reason\"}]"};
        for (const auto& item : it->value().get_array()) {
            if (!item.is_object())
                return Error{"bad_field", "'skipped' must be [{\"step\", \"reason\"}]"};
            auto step = json::requireString(item.get_object(), "step");
            auto reason = optionalText(item.get_object(), "reason", 2000);
            if (!step || !reason)
                return Error{"bad_field", "'skipped' must be [{\"step\", \"reason\"}]"};
            r.skipped[*step] = *reason;
        }
    }
    return r;
}

} // namespace ioc::server
