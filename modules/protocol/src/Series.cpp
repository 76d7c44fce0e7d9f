// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Series.h"

#include "ioc/protocol/Json.h"

#include <boost/json/serialize.hpp>

namespace ioc::protocol {

namespace bj = boost::json;

namespace {

bj::object toJson(const LocalizedText& t)
{
    return {{"vi", t.vi}, {"en", t.en}};
}

} // namespace

Result<LocalizedText> localizedTextFromJson(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_object())
        return Error{"bad_field", "field '" + std::string(key) + "' must be an object {vi, en}"};
    const auto& t = it->value().get_object();
    auto vi = json::requireString(t, "vi");
    if (!vi)
        return vi.error();
    return LocalizedText{*vi, json::optionalString(t, "en").value_or(*vi)};
}

bj::object toJson(const Domain& d)
{
    return {{"id", d.id}, {"label", toJson(d.label)}, {"article", d.article}, {"order", d.order}};
}

bj::object toJson(const SeriesValue& v)
{
    return {{"id", v.id},
            {"value", json::numberOrNull(v.value)},
            {"observed_at", json::timeOrNull(v.observedAt)},
            {"next_due_at", json::timeOrNull(v.nextDueAt)},
            {"status", std::string(domain::toString(v.status))}};
}

bj::object toJson(const SeriesState& s)
{
    bj::object o = toJson(s.current);
    o["label"] = toJson(s.info.label);
    o["domain"] = s.info.domain;
    o["unit"] = s.info.unit;
    o["source"] = s.info.source;
    o["lat"] = json::numberOrNull(s.info.lat);
    o["lon"] = json::numberOrNull(s.info.lon);
    o["unit_code"] = s.info.unitCode.empty() ? bj::value(nullptr) : bj::value(s.info.unitCode);
    o["expected_interval_s"] = s.info.expectedIntervalS;
    return o;
}

std::string encodeDomains(const std::vector<Domain>& domains)
{
    bj::array a;
    a.reserve(domains.size());
    for (const auto& d : domains)
        a.push_back(toJson(d));
    return bj::serialize(bj::object{{"domains", std::move(a)}});
}

std::string encodeSnapshot(const SeriesSnapshot& snapshot)
{
    bj::array a;
    a.reserve(snapshot.series.size());
    for (const auto& s : snapshot.series)
        a.push_back(toJson(s));
    return bj::serialize(bj::object{{"seq", snapshot.seq}, {"series", std::move(a)}});
}

Result<Domain> domainFromJson(const bj::value& v)
{
    auto o = json::requireObject(v, "domain");
    if (!o)
        return o.error();
    auto id = json::requireString(**o, "id");
    if (!id)
        return id.error();
    auto label = localizedTextFromJson(**o, "label");
    if (!label)
        return label.error();
    Domain d{*id, *label, json::optionalString(**o, "article").value_or(""), 0};
    if (auto order = json::requireInt(**o, "order"))
        d.order = static_cast<int>(*order);
    return d;
}

Result<SeriesValue> seriesValueFromJson(const bj::value& v)
{
    auto o = json::requireObject(v, "series");
    if (!o)
        return o.error();
    SeriesValue out;
    auto id = json::requireString(**o, "id");
    if (!id)
        return id.error();
    out.id = *id;
    auto value = json::optionalNumber(**o, "value");
    if (!value)
        return value.error();
    out.value = *value;
    auto observed = json::optionalTime(**o, "observed_at");
    if (!observed)
        return observed.error();
    out.observedAt = *observed;
    auto due = json::optionalTime(**o, "next_due_at");
    if (!due)
        return due.error();
    out.nextDueAt = *due;
    auto status = json::requireString(**o, "status");
    if (!status)
        return status.error();
    auto f = domain::freshnessFromString(*status);
    if (!f)
        return Error{"bad_field", "field 'status' has an unknown value '" + *status + "'"};
    out.status = *f;
    return out;
}

Result<SeriesState> seriesStateFromJson(const bj::value& v)
{
    auto current = seriesValueFromJson(v);
    if (!current)
        return current.error();
    const auto& o = v.get_object();
    SeriesState s;
    s.current = std::move(*current);
    s.info.id = s.current.id;
    auto label = localizedTextFromJson(o, "label");
    if (!label)
        return label.error();
    s.info.label = *label;
    auto domainId = json::requireString(o, "domain");
    if (!domainId)
        return domainId.error();
    s.info.domain = *domainId;
    s.info.unit = json::optionalString(o, "unit").value_or("");
    s.info.source = json::optionalString(o, "source").value_or("");
    auto lat = json::optionalNumber(o, "lat");
    auto lon = json::optionalNumber(o, "lon");
    if (!lat || !lon)
        return Error{"bad_field", "fields 'lat'/'lon' must be numbers or null"};
    s.info.lat = *lat;
    s.info.lon = *lon;
    s.info.unitCode = json::optionalString(o, "unit_code").value_or("");
    if (auto interval = json::requireInt(o, "expected_interval_s"))
        s.info.expectedIntervalS = *interval;
    return s;
}

Result<std::vector<Domain>> decodeDomains(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "domains document");
    if (!o)
        return o.error();
    auto arr = json::requireArray(**o, "domains");
    if (!arr)
        return arr.error();
    std::vector<Domain> out;
    out.reserve((*arr)->size());
    for (const auto& item : **arr) {
        auto d = domainFromJson(item);
        if (!d)
            return d.error();
        out.push_back(std::move(*d));
    }
    return out;
}

Result<SeriesSnapshot> decodeSnapshot(std::string_view body)
{
    auto v = json::parse(body);
    if (!v)
        return v.error();
    auto o = json::requireObject(*v, "snapshot");
    if (!o)
        return o.error();
    SeriesSnapshot snap;
    auto seq = json::requireInt(**o, "seq");
    if (!seq)
        return seq.error();
    snap.seq = *seq;
    auto arr = json::requireArray(**o, "series");
    if (!arr)
        return arr.error();
    snap.series.reserve((*arr)->size());
    for (const auto& item : **arr) {
        auto s = seriesStateFromJson(item);
        if (!s)
            return s.error();
        snap.series.push_back(std::move(*s));
    }
    return snap;
}

} // namespace ioc::protocol
