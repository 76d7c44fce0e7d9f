// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverJson.h"

#include "ioc/protocol/Json.h"

#include <boost/json/value.hpp>

#include <charconv>

namespace ioc::server {

namespace bj = boost::json;
using protocol::Error;
using protocol::Result;
using protocol::json::timeOrNull;

namespace {
bj::value textOrNull(const std::string& s)
{
    return s.empty() ? bj::value(nullptr) : bj::value(s);
}

bj::array namesJson(const std::vector<std::string>& names)
{
    bj::array a;
    for (const auto& n : names)
        a.emplace_back(n);
    return a;
}

Result<bj::object> bodyObject(std::string_view body)
{
    auto v = protocol::json::parse(body);
    if (!v)
        return v.error();
    if (!v->is_object())
        return Error{"bad_request", "the body must be a JSON object"};
    return v->get_object();
}

// "'KEY' must be a list of strings", appended piecewise: GCC 12 warns falsely (-Wrestrict, PR
// 105651) about `"'" + std::string(key) + …` once inlined here.
Error notAStringList(std::string_view key)
{
    std::string message(1, '\'');
    message.append(key);
    message.append("' must be a list of strings");
    return Error{"bad_field", std::move(message)};
}

Result<std::vector<std::string>> stringList(const bj::object& o, std::string_view key)
{
    std::vector<std::string> out;
    auto it = o.find(key);
    if (it == o.end())
        return out;
    if (!it->value().is_array())
        return notAStringList(key);
    for (const auto& v : it->value().get_array()) {
        if (!v.is_string())
            return notAStringList(key);
        out.emplace_back(v.get_string());
    }
    return out;
}

bool flag(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    return it != o.end() && it->value().is_bool() && it->value().get_bool();
}
} // namespace

bj::object shiftJson(const RotaConfig& config, const domain::ShiftInstance& s)
{
    const auto *d = config.rota.definition(s.shiftId);
    return {{"id", s.shiftId},
            {"date", s.date},
            {"start", domain::formatRfc3339(s.start)},
            {"end", domain::formatRfc3339(s.end)},
            {"label",
             bj::object{{"vi", d ? d->labelVi : s.shiftId}, {"en", d ? d->labelEn : s.shiftId}}}};
}

bj::object dutyJson(const domain::DutyAssignment& d)
{
    return {{"officers", namesJson(d.officers)}, {"supervisors", namesJson(d.supervisors)}};
}

bj::object handoverItemJson(const domain::HandoverItem& i)
{
    return {{"key", i.key},
            {"kind", domain::toString(i.kind)},
            {"title", i.title},
            {"detail", i.detail},
            {"status", i.status},
            {"owner", textOrNull(i.owner)},
            {"deadline", timeOrNull(i.deadline)},
            {"severity", i.severity},
            {"activity", textOrNull(i.activity)},
            {"open", i.open},
            {"carried_from", i.carriedFrom ? bj::value(*i.carriedFrom) : bj::value(nullptr)}};
}

bj::object handoverSummaryJson(const RotaConfig& config, const storage::HandoverRecord& r)
{
    const auto& f = r.fields;
    const auto next =
        config.rota.instance(f.nextShift.date, f.nextShift.shiftId).value_or(f.nextShift);
    return {{"id", r.id},
            {"shift", shiftJson(config, f.shift)},
            {"next_shift", shiftJson(config, next)},
            {"signed_by", f.signedBy},
            {"signed_at", domain::formatRfc3339(f.signedAt)},
            {"notes", f.notes},
            {"status", domain::toString(r.status)},
            {"escalation_deadline", domain::formatRfc3339(f.escalationDeadline)},
            {"escalated_at", timeOrNull(r.escalatedAt)},
            {"acknowledged_by", textOrNull(r.acknowledgedBy)},
            {"acknowledged_at", timeOrNull(r.acknowledgedAt)},
            {"ack_mode", textOrNull(r.ackMode)}};
}

bj::object missedHandoverJson(const RotaConfig& config, const storage::MissedHandover& m)
{
    return {{"shift", shiftJson(config, m.shift)},
            {"escalated_at", domain::formatRfc3339(m.escalatedAt)}};
}

bj::object handoverDetailJson(const RotaConfig& config, const storage::HandoverRecord& r)
{
    auto o = handoverSummaryJson(config, r);
    std::map<std::string, const storage::ItemAcknowledgement *> acks;
    for (const auto& a : r.acknowledgements)
        acks[a.itemKey] = &a;
    bj::array items;
    std::int64_t open = 0;
    for (const auto& i : r.fields.items) {
        auto item = handoverItemJson(i);
        auto it = acks.find(i.key);
        item["acknowledged_by"] = it == acks.end() ? bj::value(nullptr) : bj::value(it->second->by);
        item["acknowledged_at"] = it == acks.end()
                                      ? bj::value(nullptr)
                                      : bj::value(domain::formatRfc3339(it->second->at));
        open += i.open ? 1 : 0;
        items.push_back(std::move(item));
    }
    o["items"] = std::move(items);
    o["open_items"] = open;
    bj::array queries;
    for (const auto& q : r.queries)
        queries.push_back(bj::object{{"id", q.id},
                                     {"item", q.itemKey},
                                     {"comment", q.comment},
                                     {"by", q.by},
                                     {"at", domain::formatRfc3339(q.at)},
                                     {"answer", textOrNull(q.answer)},
                                     {"answered_by", textOrNull(q.answeredBy)},
                                     {"answered_at", timeOrNull(q.answeredAt)}});
    o["queries"] = std::move(queries);
    bj::array notes;
    for (const auto& a : r.annotations)
        notes.push_back(bj::object{
            {"id", a.id}, {"text", a.text}, {"by", a.by}, {"at", domain::formatRfc3339(a.at)}});
    o["annotations"] = std::move(notes);
    return o;
}

bj::object draftJson(const RotaConfig& config, const HandoverDraft& d, domain::TimePoint now)
{
    bj::array items;
    for (const auto& i : d.items)
        items.push_back(handoverItemJson(i));
    return {{"shift", shiftJson(config, d.shift)},
            {"next_shift", shiftJson(config, d.nextShift)},
            {"duty", dutyJson(config.rota.duty(d.shift))},
            {"next_duty", dutyJson(config.rota.duty(d.nextShift))},
            {"generated_at", domain::formatRfc3339(now)},
            {"draft_from", domain::formatRfc3339(d.shift.end - config.draftLead)},
            {"escalate_after_s", config.escalateAfter.count()},
            {"previous_id", d.previousId ? bj::value(*d.previousId) : bj::value(nullptr)},
            {"signed_id", d.signedId ? bj::value(*d.signedId) : bj::value(nullptr)},
            {"items", std::move(items)}};
}

bj::object standingOrderJson(const storage::StandingOrderRecord& o, domain::TimePoint now)
{
    const bool inForce =
        o.fields.validFrom <= now && (!o.fields.validTo || now < *o.fields.validTo);
    return {{"id", o.id},
            {"title", o.fields.title},
            {"text", o.fields.text},
            {"valid_from", domain::formatRfc3339(o.fields.validFrom)},
            {"valid_to", timeOrNull(o.fields.validTo)},
            {"created_by", o.createdBy},
            {"created_at", domain::formatRfc3339(o.createdAt)},
            {"ended_by", textOrNull(o.endedBy)},
            {"ended_at", timeOrNull(o.endedAt)},
            {"in_force", inForce}};
}

Result<SignRequest> parseSignRequest(std::string_view body)
{
    auto o = bodyObject(body);
    if (!o)
        return o.error();
    SignRequest r;
    r.notes = protocol::json::optionalString(*o, "notes").value_or("");
    if (auto it = o->find("shift"); it != o->end() && !it->value().is_null()) {
        if (!it->value().is_object())
            return Error{"bad_field", "'shift' must be {\"id\", \"date\"}"};
        auto id = protocol::json::requireString(it->value().get_object(), "id");
        auto date = protocol::json::requireString(it->value().get_object(), "date");
        if (!id || !date)
            return Error{"bad_field", "'shift' must be {\"id\", \"date\"}"};
        r.shift = ShiftChoice{*id, *date};
    }
    if (auto it = o->find("free_items"); it != o->end()) {
        if (!it->value().is_array())
            return Error{"bad_field", "'free_items' must be a list"};
        for (const auto& v : it->value().get_array()) {
            if (!v.is_object())
                return Error{"bad_field",
                             "each free item must be {\"title\", \"detail\", \"open\"}"};
            const auto& fo = v.get_object();
            auto title = protocol::json::requireString(fo, "title");
            if (!title)
                return title.error();
            auto openIt = fo.find("open");
            r.freeItems.push_back(
                {*title, protocol::json::optionalString(fo, "detail").value_or(""),
                 openIt == fo.end() || !openIt->value().is_bool() || openIt->value().get_bool()});
        }
    }
    auto settled = stringList(*o, "settled");
    if (!settled)
        return settled.error();
    r.settled.insert(settled->begin(), settled->end());
    return r;
}

Result<domain::AckRequest> parseAckRequest(std::string_view body)
{
    auto o = bodyObject(body);
    if (!o)
        return o.error();
    domain::AckRequest r;
    auto keys = stringList(*o, "items");
    if (!keys)
        return keys.error();
    r.keys = std::move(*keys);
    r.all = flag(*o, "all");
    r.confirmed = flag(*o, "confirm");
    return r;
}

Result<storage::NewStandingOrder> parseNewStandingOrder(std::string_view body,
                                                        domain::TimePoint now)
{
    auto o = bodyObject(body);
    if (!o)
        return o.error();
    auto title = protocol::json::requireString(*o, "title");
    if (!title)
        return title.error();
    storage::NewStandingOrder n;
    n.title = *title;
    n.text = protocol::json::optionalString(*o, "text").value_or("");
    auto from = protocol::json::optionalTime(*o, "valid_from");
    if (!from)
        return from.error();
    n.validFrom = from->value_or(now);
    auto to = protocol::json::optionalTime(*o, "valid_to");
    if (!to)
        return to.error();
    n.validTo = *to;
    return n;
}

Result<storage::HandoverFilter> parseHandoverFilter(const std::map<std::string, std::string>& query)
{
    storage::HandoverFilter f;
    for (const auto& [key, value] : query) {
        if (key == "q") {
            f.text = value;
        } else if (key == "officer") {
            f.officer = value;
        } else if (key == "from" || key == "to") {
            auto t = domain::parseRfc3339(value);
            if (!t)
                return Error{"bad_query", "'" + key + "' must be an RFC 3339 date-time"};
            (key == "from" ? f.from : f.to) = *t;
        } else if (key == "limit") {
            int n = 0;
            auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec != std::errc{} || p != value.data() + value.size() || n < 1 || n > 500)
                return Error{"bad_query", "'limit' must be 1–500"};
            f.limit = n;
        } else {
            return Error{"bad_query", "unknown parameter '" + key + "'"};
        }
    }
    return f;
}

} // namespace ioc::server
