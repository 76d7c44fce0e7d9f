// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/Json.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cmath>

namespace ioc::protocol::json {

namespace bj = boost::json;

namespace {
Error badField(std::string_view key, std::string_view expected)
{
    return {"bad_field", "field '" + std::string(key) + "' must be " + std::string(expected)};
}
} // namespace

Result<bj::value> parse(std::string_view text)
{
    boost::system::error_code ec;
    bj::parse_options opts;
    opts.max_depth = 32;
    bj::value v = bj::parse(text, ec, {}, opts);
    if (ec)
        return Error{"malformed_json", "body is not valid JSON: " + ec.message()};
    return v;
}

Result<std::string> requireString(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_string())
        return badField(key, "a string");
    return std::string(it->value().get_string());
}

std::optional<std::string> optionalString(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_string())
        return std::nullopt;
    return std::string(it->value().get_string());
}

Result<double> requireNumber(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_number())
        return badField(key, "a number");
    const double d = it->value().to_number<double>();
    if (!std::isfinite(d))
        return badField(key, "a finite number");
    return d;
}

Result<std::optional<double>> optionalNumber(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || it->value().is_null())
        return std::optional<double>{};
    auto n = requireNumber(o, key);
    if (!n)
        return n.error();
    return std::optional<double>{*n};
}

Result<std::int64_t> requireInt(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end())
        return badField(key, "an integer");
    if (it->value().is_int64())
        return it->value().get_int64();
    if (it->value().is_uint64() && it->value().get_uint64() <= INT64_MAX)
        return static_cast<std::int64_t>(it->value().get_uint64());
    return badField(key, "an integer");
}

Result<domain::TimePoint> requireTime(const bj::object& o, std::string_view key)
{
    auto s = requireString(o, key);
    if (!s)
        return badField(key, "an RFC 3339 time");
    auto t = domain::parseRfc3339(*s);
    if (!t)
        return badField(key, "an RFC 3339 time");
    return *t;
}

Result<std::optional<domain::TimePoint>> optionalTime(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || it->value().is_null())
        return std::optional<domain::TimePoint>{};
    auto t = requireTime(o, key);
    if (!t)
        return t.error();
    return std::optional<domain::TimePoint>{*t};
}

Result<const bj::object*> requireObject(const bj::value& v, std::string_view what)
{
    if (!v.is_object())
        return Error{"bad_type", std::string(what) + " must be a JSON object"};
    return &v.get_object();
}

Result<const bj::array*> requireArray(const bj::object& o, std::string_view key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_array())
        return badField(key, "an array");
    return &it->value().get_array();
}

bj::value timeOrNull(const std::optional<domain::TimePoint>& t)
{
    if (!t)
        return nullptr;
    return bj::value(domain::formatRfc3339(*t));
}

bj::value numberOrNull(const std::optional<double>& v)
{
    if (!v)
        return nullptr;
    return *v;
}

std::string errorBody(const Error& e)
{
    return bj::serialize(bj::object{{"error", bj::object{{"code", e.code}, {"message", e.message}}}});
}

} // namespace ioc::protocol::json
