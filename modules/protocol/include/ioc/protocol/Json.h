// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Time.h"
#include "ioc/protocol/Result.h"

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

// Small, strict readers for JSON objects: every accessor says what was wrong, so a rejected
// message or config line can tell its sender exactly which field failed.
namespace ioc::protocol::json {

Result<boost::json::value> parse(std::string_view text);

Result<std::string> requireString(const boost::json::object& o, std::string_view key);
std::optional<std::string> optionalString(const boost::json::object& o, std::string_view key);
Result<double> requireNumber(const boost::json::object& o, std::string_view key);
// Missing and null are both "no value"; anything but a finite number is an error.
Result<std::optional<double>> optionalNumber(const boost::json::object& o, std::string_view key);
Result<std::int64_t> requireInt(const boost::json::object& o, std::string_view key);
Result<domain::TimePoint> requireTime(const boost::json::object& o, std::string_view key);
Result<std::optional<domain::TimePoint>> optionalTime(const boost::json::object& o,
                                                      std::string_view key);
Result<const boost::json::object*> requireObject(const boost::json::value& v, std::string_view what);
Result<const boost::json::array*> requireArray(const boost::json::object& o, std::string_view key);

boost::json::value timeOrNull(const std::optional<domain::TimePoint>& t);
boost::json::value numberOrNull(const std::optional<double>& v);

std::string errorBody(const Error& e);

} // namespace ioc::protocol::json
