// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Freshness.h"
#include "ioc/domain/Time.h"
#include "ioc/protocol/Result.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::protocol {

struct LocalizedText
{
    std::string vi;
    std::string en;
};

// A monitoring area of the regulation (article 14.3 a–đ and its sectors); configuration, not code.
struct Domain
{
    std::string id;
    LocalizedText label;
    std::string article; // e.g. "14.3.b"
    int order = 0;
};

// What a series is; changes only with configuration.
struct SeriesInfo
{
    std::string id;
    LocalizedText label;
    std::string domain;
    std::string unit;
    std::string source;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string unitCode; // commune-level unit (xã/phường/đặc khu) code, empty if city-wide
    std::int64_t expectedIntervalS = 60;
};

// What a series currently says; the part that moves.
struct SeriesValue
{
    std::string id;
    std::optional<double> value;
    std::optional<domain::TimePoint> observedAt;
    std::optional<domain::TimePoint> nextDueAt;
    domain::Freshness status = domain::Freshness::NoData;
};

struct SeriesState
{
    SeriesInfo info;
    SeriesValue current;
};

struct SeriesSnapshot
{
    std::int64_t seq = 0;
    std::vector<SeriesState> series;
};

boost::json::object toJson(const Domain& d);
boost::json::object toJson(const SeriesState& s);
// The moving part only, as carried by a "series" stream message.
boost::json::object toJson(const SeriesValue& v);

std::string encodeDomains(const std::vector<Domain>& domains);
std::string encodeSnapshot(const SeriesSnapshot& snapshot);

// {"vi": "...", "en": "..."} under `key`; English falls back to Vietnamese.
Result<LocalizedText> localizedTextFromJson(const boost::json::object& o, std::string_view key);
Result<Domain> domainFromJson(const boost::json::value& v);
Result<SeriesValue> seriesValueFromJson(const boost::json::value& v);
Result<SeriesState> seriesStateFromJson(const boost::json::value& v);

Result<std::vector<Domain>> decodeDomains(std::string_view body);
Result<SeriesSnapshot> decodeSnapshot(std::string_view body);

} // namespace ioc::protocol
