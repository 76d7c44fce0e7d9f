// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportJson.h"

#include "ioc/protocol/Json.h"

#include <boost/json/array.hpp>

#include <charconv>
#include <sodium.h>

namespace ioc::server {

namespace bj = boost::json;
namespace json = protocol::json;
using storage::CitizenReportRecord;

namespace {
constexpr std::size_t kMaxRef = 100;
constexpr std::size_t kMaxContact = 200;
constexpr auto kFutureSlack = std::chrono::minutes(10);

ReportError bad(std::string code, std::string message)
{
    return {400, std::move(code), std::move(message)};
}

std::optional<std::string> decodeBase64(std::string_view text)
{
    std::string out(text.size() / 4 * 3 + 3, '\0');
    std::size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), out.size(), text.data(),
                          text.size(), " \r\n", &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    out.resize(len);
    return out;
}

std::optional<std::string> stringField(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || it->value().is_null())
        return std::string();
    if (!it->value().is_string())
        return std::nullopt;
    return std::string(it->value().get_string());
}

bj::value timeJson(const std::optional<domain::TimePoint>& t)
{
    return json::timeOrNull(t);
}

bj::value unitJson(const std::string& code, const UnitDirectory& units)
{
    if (code.empty())
        return nullptr;
    const auto *u = units.find(code);
    return bj::object{{"code", code}, {"name", u ? u->fullName : code}};
}
} // namespace

std::variant<IntakeRequest, ReportError> parseIntake(std::string_view body,
                                                     const std::string& channel,
                                                     domain::TimePoint now,
                                                     const domain::ReportLimits& limits)
{
    auto v = json::parse(body);
    if (!v)
        return bad(v.error().code, v.error().message);
    if (!v->is_object())
        return bad("bad_request", "the body must be a JSON object");
    const auto& o = v->get_object();
    IntakeRequest r;
    r.channel = channel;
    if (auto c = o.find("channel");
        c != o.end() && !(c->value().is_string() && c->value().get_string() == channel))
        return ReportError{403, "channel_mismatch",
                           "this key sends for channel '" + channel + "' only"};
    auto ref = stringField(o, "report_id");
    if (!ref || ref->empty() || ref->size() > kMaxRef)
        return bad(
            "report_id_required",
            "'report_id' (the channel's own id of the report, at most 100 bytes) is required");
    r.channelRef = *ref;
    auto text = stringField(o, "text");
    auto category = stringField(o, "category");
    if (!text || !category)
        return bad("bad_field", "'text' and 'category' must be strings");
    r.draft.text = *text;
    r.draft.category = *category;
    if (auto l = o.find("location"); l != o.end() && !l->value().is_null()) {
        if (!l->value().is_object())
            return bad("bad_location", "'location' must be an object {lat, lon, address}");
        const auto& loc = l->value().get_object();
        auto lat = json::optionalNumber(loc, "lat");
        auto lon = json::optionalNumber(loc, "lon");
        auto address = stringField(loc, "address");
        if (!lat || !lon || !address)
            return bad("bad_location", "'lat' and 'lon' must be numbers, 'address' a string");
        r.draft.lat = *lat;
        r.draft.lon = *lon;
        r.draft.address = *address;
    }
    auto observed = json::optionalTime(o, "observed_at");
    if (!observed)
        return bad("bad_time", "'observed_at' must be an RFC 3339 time");
    r.observedAt = observed->value_or(now);
    if (r.observedAt > now + kFutureSlack)
        return bad("bad_time", "'observed_at' is in the future");
    if (auto c = o.find("contact"); c != o.end() && !c->value().is_null()) {
        if (!c->value().is_object())
            return bad("bad_contact", "'contact' must be an object {name, phone}");
        auto name = stringField(c->value().get_object(), "name");
        auto phone = stringField(c->value().get_object(), "phone");
        if (!name || !phone || name->size() > kMaxContact || phone->size() > kMaxContact)
            return bad("bad_contact", "'contact.name' and 'contact.phone' must be short strings");
        r.contactName = *name;
        r.contactPhone = *phone;
    }
    if (auto p = o.find("photos"); p != o.end() && !p->value().is_null()) {
        if (!p->value().is_array())
            return bad("bad_photos", "'photos' must be an array of base64 strings");
        const auto& list = p->value().get_array();
        if (list.size() > limits.maxPhotos)
            return bad("too_many_photos",
                       "at most " + std::to_string(limits.maxPhotos) + " photos");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string field = "photos[" + std::to_string(i) + "]";
            if (!list[i].is_string())
                return bad("bad_photos", field + " must be a base64 string");
            const auto& s = list[i].get_string();
            // 4 base64 characters per 3 bytes (and some line breaks): refuse before decoding.
            if (s.size() > limits.maxPhotoBytes / 3 * 4 + limits.maxPhotoBytes / 50 + 8)
                return ReportError{413, "photo_too_large",
                                   field + ": a photo may have at most " +
                                       std::to_string(limits.maxPhotoBytes) + " bytes"};
            auto bytes = decodeBase64(s);
            if (!bytes)
                return bad("bad_photos", field + " is not valid base64");
            r.draft.photos.push_back(std::move(*bytes));
        }
    }
    return r;
}

std::variant<ReportActionRequest, ReportError> parseReportAction(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return bad(v.error().code, v.error().message);
    if (!v->is_object())
        return bad("bad_request", "the body must be a JSON object");
    const auto& o = v->get_object();
    ReportActionRequest q;
    auto action = stringField(o, "action");
    auto parsed = action ? domain::reportActionFromString(*action) : std::nullopt;
    if (!parsed)
        return bad("unknown_action",
                   "'action' must be one of triage, forward, make_incident, merge, "
                   "reject, record_answer, accept_answer, answer, close");
    q.action = *parsed;
    for (auto [key, target] : {std::pair{"text", &q.text},
                               {"note", &q.note},
                               {"unit", &q.unit},
                               {"focal_point", &q.focalPoint},
                               {"message", &q.message},
                               {"into_incident", &q.intoIncident},
                               {"title", &q.title}}) {
        auto s = stringField(o, key);
        if (!s)
            return bad("bad_field", "'" + std::string(key) + "' must be a string");
        *target = std::move(*s);
    }
    // The reason, answer and public text may come under their own names.
    for (const char *alias : {"reason", "answer"})
        if (auto s = stringField(o, alias); s && !s->empty())
            q.text = *s;
    auto deadline = json::optionalTime(o, "deadline");
    if (!deadline)
        return bad("bad_deadline", "'deadline' must be an RFC 3339 time");
    q.deadline = *deadline;
    if (auto it = o.find("into_report"); it != o.end() && !it->value().is_null()) {
        if (!it->value().is_int64())
            return bad("bad_field", "'into_report' must be a report id");
        q.intoReport = it->value().get_int64();
    }
    if (auto it = o.find("into_incident"); it != o.end() && it->value().is_int64())
        q.intoIncident = std::to_string(it->value().get_int64());
    if (auto it = o.find("severity"); it != o.end() && !it->value().is_null()) {
        auto sev = it->value().is_int64() ? domain::severityFromInt(it->value().get_int64())
                                          : std::nullopt;
        if (!sev)
            return bad("bad_field", "'severity' must be 1..4");
        q.severity = sev;
    }
    return q;
}

std::variant<storage::ReportFilter, ReportError>
parseReportFilter(const std::map<std::string, std::string>& query)
{
    storage::ReportFilter f;
    auto get = [&](const char *k) -> std::string {
        auto it = query.find(k);
        return it == query.end() ? std::string() : it->second;
    };
    const std::string status = get("status");
    if (status.empty() || status == "open") {
        f.statuses = {domain::ReportStatus::Received, domain::ReportStatus::Triaged,
                      domain::ReportStatus::Forwarded};
    } else if (status != "all") {
        std::size_t start = 0;
        while (start <= status.size()) {
            const auto end = std::min(status.find(',', start), status.size());
            auto s = domain::reportStatusFromString(status.substr(start, end - start));
            if (!s)
                return bad("bad_status", "unknown status in '" + status + "'");
            f.statuses.push_back(*s);
            start = end + 1;
        }
    }
    f.category = get("category");
    f.unitCode = get("unit");
    f.channel = get("channel");
    for (auto [key, target] : {std::pair{"from", &f.from}, {"to", &f.to}}) {
        const auto text = get(key);
        if (text.empty())
            continue;
        auto t = domain::parseRfc3339(text);
        if (!t)
            return bad("bad_time", "'" + std::string(key) + "' must be an RFC 3339 time");
        *target = *t;
    }
    if (const auto text = get("limit"); !text.empty()) {
        int n = 0;
        auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (ec != std::errc{} || p != text.data() + text.size() || n < 1 || n > 2000)
            return bad("bad_limit", "'limit' must be 1..2000");
        f.limit = n;
    }
    return f;
}

namespace {
bj::object baseJson(const CitizenReportRecord& r, const UnitDirectory& units, bool showContact)
{
    const auto pub = domain::publicStatusFor(r.status, r.publicDetail);
    bj::object o{{"id", r.id},
                 {"channel", r.channel},
                 {"channel_ref", r.channelRef},
                 {"text", r.text},
                 {"category", r.category},
                 {"status", domain::toString(r.status)},
                 {"location", bj::object{{"lat", json::numberOrNull(r.lat)},
                                         {"lon", json::numberOrNull(r.lon)},
                                         {"address", r.address}}},
                 {"unit", unitJson(r.unitCode, units)},
                 {"observed_at", domain::formatRfc3339(r.observedAt)},
                 {"received_at", domain::formatRfc3339(r.receivedAt)},
                 {"updated_at", domain::formatRfc3339(r.updatedAt)},
                 {"incident_id", r.incidentId ? bj::value(*r.incidentId) : bj::value(nullptr)},
                 {"merged_into", r.mergedInto ? bj::value(*r.mergedInto) : bj::value(nullptr)},
                 {"forward", r.forwardUnit.empty()
                                 ? bj::value(nullptr)
                                 : bj::value(bj::object{{"unit", r.forwardUnit},
                                                        {"focal_point", r.forwardFocalPoint},
                                                        {"message", r.forwardMessage},
                                                        {"deadline", timeJson(r.forwardDeadline)},
                                                        {"forwarded_at", timeJson(r.forwardedAt)},
                                                        {"answer", r.unitAnswer},
                                                        {"answered_at", timeJson(r.unitAnsweredAt)},
                                                        {"answered_by", r.unitAnsweredBy}})},
                 {"public_status", pub.status},
                 {"public_message", pub.message},
                 {"answered_at", timeJson(r.answeredAt)},
                 {"handled_by", r.handledBy}};
    if (showContact)
        o["contact"] = bj::object{{"name", r.contactName}, {"phone", r.contactPhone}};
    return o;
}

std::string photoUrl(std::int64_t id, int position, bool thumb)
{
    return "/api/v1/citizen-reports/" + std::to_string(id) + "/photos/" + std::to_string(position) +
           (thumb ? "/thumbnail" : "");
}
} // namespace

bj::object reportRecordJson(const CitizenReportRecord& r, const UnitDirectory& units,
                            bool showContact)
{
    return baseJson(r, units, showContact);
}

bj::object reportSummaryJson(const ReportQueue::Item& item, const UnitDirectory& units,
                             bool showContact)
{
    auto o = baseJson(item.report, units, showContact);
    o["urgency"] = item.urgency;
    o["group"] = item.group >= 0 ? bj::value(item.group) : bj::value(nullptr);
    o["photo_count"] = item.photoCount;
    bj::array thumbs;
    for (int i = 1; i <= item.photoCount; ++i)
        thumbs.push_back(bj::string(photoUrl(item.report.id, i, true)));
    o["thumbnails"] = std::move(thumbs);
    return o;
}

bj::object reportDetailJson(const ReportDetail& d, const UnitDirectory& units, bool showContact)
{
    auto o = baseJson(d.report, units, showContact);
    bj::array photos;
    for (const auto& p : d.photos)
        photos.push_back(bj::object{{"position", p.position},
                                    {"url", photoUrl(d.report.id, p.position, false)},
                                    {"thumbnail_url", photoUrl(d.report.id, p.position, true)},
                                    {"mime", p.mime},
                                    {"bytes", p.bytes},
                                    {"width", p.width},
                                    {"height", p.height},
                                    {"sha256", p.sha256}});
    o["photos"] = std::move(photos);
    bj::array events;
    for (const auto& e : d.events)
        events.push_back(bj::object{
            {"at", domain::formatRfc3339(e.at)},
            {"actor", e.actor},
            {"actor_role", e.actorRole},
            {"action", e.action},
            {"from", e.fromStatus.empty() ? bj::value(nullptr) : bj::value(e.fromStatus)},
            {"to", e.toStatus},
            {"note", e.note}});
    o["timeline"] = std::move(events);
    bj::array dups;
    for (auto id : d.duplicates)
        dups.push_back(id);
    o["duplicates"] = std::move(dups);
    return o;
}

bj::object publicStatusJson(const CitizenReportRecord& r)
{
    const auto pub = domain::publicStatusFor(r.status, r.publicDetail);
    return {{"id", r.id},
            {"report_id", r.channelRef},
            {"status", pub.status},
            {"message", pub.message},
            {"updated_at", domain::formatRfc3339(r.publicUpdatedAt)}};
}

bj::object reportStatsJson(const domain::ReportStatsResult& s, domain::TimePoint from,
                           domain::TimePoint to, const UnitDirectory& units)
{
    auto counts = [](const domain::ReportCounts& c) {
        return bj::object{{"received", c.received},
                          {"handled", c.handled},
                          {"handled_on_time", c.handledOnTime},
                          {"open", c.open}};
    };
    bj::array overdue;
    for (const auto& [unit, n] : s.overdueByUnit)
        overdue.push_back(bj::object{{"unit", unit}, {"count", n}});
    bj::array byUnit;
    for (const auto& [code, c] : s.byUnit) {
        auto o = counts(c);
        o["unit"] = unitJson(code, units);
        byUnit.push_back(std::move(o));
    }
    bj::array byCategory;
    for (const auto& [cat, c] : s.byCategory) {
        auto o = counts(c);
        o["category"] = cat;
        byCategory.push_back(std::move(o));
    }
    auto total = counts(s.total);
    total["from"] = domain::formatRfc3339(from);
    total["to"] = domain::formatRfc3339(to);
    total["on_time_rate"] = s.total.handled ? bj::value(static_cast<double>(s.total.handledOnTime) /
                                                        static_cast<double>(s.total.handled))
                                            : bj::value(nullptr);
    total["median_answer_s"] = json::numberOrNull(s.medianAnswerSeconds);
    total["overdue_by_unit"] = std::move(overdue);
    total["by_unit"] = std::move(byUnit);
    total["by_category"] = std::move(byCategory);
    return total;
}

bj::object reportCategoriesJson()
{
    bj::array list;
    for (const auto& c : domain::reportCategories())
        list.push_back(bj::object{{"id", c.id},
                                  {"urgency", c.urgency},
                                  {"incident_category", c.incidentCategory},
                                  {"label", bj::object{{"vi", c.labelVi}, {"en", c.labelEn}}}});
    return {{"categories", std::move(list)}};
}

} // namespace ioc::server
