// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectorConfig.h"

#include "CaBundle.h"
#include "JsonPointer.h"
#include "TopicFilter.h"

#include "ioc/protocol/Json.h"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <set>

namespace ioc::server {

namespace bj = boost::json;
using protocol::Error;
using protocol::Result;

namespace {

constexpr std::int64_t kMaxSeconds = 7 * 24 * 3600;
constexpr std::int64_t kMaxBodyBytes = 64 * 1024 * 1024;

// Field access that names the entry in every error, and refuses keys it does not know so that a
// typo ("interval" for "interval_s") fails on start instead of silently taking a default.
class Fields
{
public:
    Fields(const bj::object& o, std::string where)
        : m_o(o)
        , m_where(std::move(where))
    {}

    Error error(const std::string& message) const
    {
        return {"bad_connector", m_where + ": " + message};
    }
    const std::string& where() const { return m_where; }
    const bj::value *find(std::string_view key) const
    {
        auto it = m_o.find(key);
        return it == m_o.end() ? nullptr : &it->value();
    }

    std::optional<Error> onlyKnown(std::initializer_list<std::string_view> known) const
    {
        for (const auto& kv : m_o) {
            bool ok = false;
            for (auto k : known)
                ok = ok || kv.key() == k;
            if (!ok)
                return error("unknown field '" + std::string(kv.key()) + "'");
        }
        return std::nullopt;
    }

    Result<std::string> string(std::string_view key, bool required, std::string fallback = {}) const
    {
        const auto *v = find(key);
        if (!v)
            return required ? Result<std::string>(missing(key)) : Result<std::string>(fallback);
        if (!v->is_string() || (required && v->get_string().empty()))
            return error("'" + std::string(key) + "' must be a non-empty string");
        return std::string(v->get_string());
    }

    // Integer in [min, max]; `fallback` when absent (nothing: required).
    Result<std::int64_t> integer(std::string_view key, std::optional<std::int64_t> fallback,
                                 std::int64_t min, std::int64_t max) const
    {
        const auto *v = find(key);
        if (!v) {
            if (fallback)
                return *fallback;
            return missing(key);
        }
        const bool isInt = v->is_int64() || (v->is_uint64() && v->get_uint64() <= INT64_MAX) ||
                           (v->is_double() && std::trunc(v->get_double()) == v->get_double());
        const double d = v->is_number() ? v->to_number<double>() : 0;
        if (!isInt || d < static_cast<double>(min) || d > static_cast<double>(max))
            return error("'" + std::string(key) + "' must be an integer from " +
                         std::to_string(min) + " to " + std::to_string(max));
        return static_cast<std::int64_t>(d);
    }

    Result<double> number(std::string_view key, double fallback) const
    {
        const auto *v = find(key);
        if (!v)
            return fallback;
        if (!v->is_number() || !std::isfinite(v->to_number<double>()))
            return error("'" + std::string(key) + "' must be a finite number");
        return v->to_number<double>();
    }

    Result<std::string> pointer(std::string_view key, bool required) const
    {
        auto p = string(key, false);
        if (!p)
            return p.error();
        if (required && !find(key))
            return missing(key);
        if (auto why = jsonPointerError(*p))
            return error("'" + std::string(key) + "': " + *why);
        return *p;
    }

    // A JSON pointer or the word "now" (nothing in the result means "now"); absent means "now".
    Result<std::optional<std::string>> timePointer(std::string_view key) const
    {
        if (!find(key))
            return std::optional<std::string>{};
        auto p = string(key, true);
        if (!p)
            return p.error();
        if (*p == "now")
            return std::optional<std::string>{};
        if (auto why = jsonPointerError(*p))
            return error("'" + std::string(key) + "' must be \"now\" or a JSON pointer: " + *why);
        return std::optional<std::string>{*p};
    }

private:
    Error missing(std::string_view key) const
    {
        return error("'" + std::string(key) + "' is required");
    }

    const bj::object& m_o;
    std::string m_where;
};

Result<const bj::object *> objectAt(const bj::value& v, const std::string& where)
{
    if (!v.is_object())
        return Error{"bad_connector", where + " must be a JSON object"};
    return &v.get_object();
}

Result<const bj::array *> arrayAt(const Fields& f, std::string_view key)
{
    const auto *v = f.find(key);
    if (!v || !v->is_array())
        return f.error("'" + std::string(key) + "' must be an array");
    return &v->get_array();
}

Result<BackoffPolicy> readBackoff(const Fields& f)
{
    auto initial = f.number("backoff_initial_s", 1);
    auto max = f.number("backoff_max_s", 300);
    if (!initial)
        return initial.error();
    if (!max)
        return max.error();
    if (*initial < 0.05 || *initial > static_cast<double>(kMaxSeconds))
        return f.error("'backoff_initial_s' must be from 0.05 to " + std::to_string(kMaxSeconds));
    if (*max < *initial || *max > static_cast<double>(kMaxSeconds))
        return f.error("'backoff_max_s' must be at least 'backoff_initial_s' and at most " +
                       std::to_string(kMaxSeconds));
    BackoffPolicy b;
    b.initial = std::chrono::milliseconds{static_cast<std::int64_t>(*initial * 1000)};
    b.max = std::chrono::milliseconds{static_cast<std::int64_t>(*max * 1000)};
    return b;
}

bool isToken(std::string_view s)
{
    if (s.empty())
        return false;
    for (unsigned char c : s)
        if (c <= ' ' || c >= 0x7f ||
            std::string_view("()<>@,;:\\\"/[]?={}").find(static_cast<char>(c)) !=
                std::string_view::npos)
            return false;
    return true;
}

bool isHeaderValue(std::string_view s)
{
    for (unsigned char c : s)
        if ((c < ' ' && c != '\t') || c == 0x7f)
            return false;
    return true;
}

std::optional<Error> readHeaders(const Fields& f, const EnvLookup& env, PollerConfig& p)
{
    for (std::string_view key : {"headers", "headers_env"}) {
        const auto *v = f.find(key);
        if (!v)
            continue;
        if (!v->is_object())
            return f.error("'" + std::string(key) + "' must be an object of strings");
        for (const auto& kv : v->get_object()) {
            const std::string name(kv.key());
            if (!isToken(name))
                return f.error("header name '" + name + "' is not a valid HTTP token");
            if (!kv.value().is_string())
                return f.error("'" + std::string(key) + "." + name + "' must be a string");
            std::string value(kv.value().get_string());
            if (key == "headers_env") {
                auto fromEnv = env(value);
                if (!fromEnv)
                    return f.error("environment variable '" + value + "' named by 'headers_env." +
                                   name + "' is not set");
                value = *fromEnv;
            }
            if (!isHeaderValue(value))
                return f.error("header '" + name + "' contains control characters");
            p.headers.emplace_back(name, std::move(value));
        }
    }
    return std::nullopt;
}

std::optional<Error> checkSeries(const Fields& f, const SeriesCatalog& catalog,
                                 const std::string& series, const std::string& source)
{
    for (const auto& s : catalog.series) {
        if (s.info.id != series)
            continue;
        if (s.info.source != source)
            return f.error("series '" + series + "' belongs to source '" + s.info.source +
                           "', not '" + source + "'");
        return std::nullopt;
    }
    return f.error("'series' must name a defined series ('" + series + "' is not)");
}

Result<PointMapping> readMapping(const Fields& f, const SeriesCatalog& catalog,
                                 const PollerConfig& p)
{
    if (auto e = f.onlyKnown({"series", "record", "value", "observed_at", "scale"}))
        return *e;
    PointMapping m;
    auto series = f.string("series", true);
    if (!series)
        return series.error();
    if (auto e = checkSeries(f, catalog, *series, p.source))
        return *e;
    m.series = *series;
    auto record = f.string("record", p.recordsPointer.has_value());
    if (!record)
        return record.error();
    if (!p.recordsPointer && f.find("record"))
        return f.error("'record' needs 'records' and 'key' on the poller");
    m.record = *record;
    auto value = f.pointer("value", true);
    auto observed = f.timePointer("observed_at");
    auto scale = f.number("scale", 1);
    if (!value)
        return value.error();
    if (!observed)
        return observed.error();
    if (!scale)
        return scale.error();
    if (*scale == 0)
        return f.error("'scale' must not be 0");
    m.valuePointer = *value;
    m.observedAtPointer = *observed;
    m.scale = *scale;
    return m;
}

Result<PollerConfig> readPoller(const bj::value& v, const std::string& where,
                                const SeriesCatalog& catalog, const EnvLookup& env)
{
    auto o = objectAt(v, where);
    if (!o)
        return o.error();
    PollerConfig p;
    auto id = Fields(**o, where).string("id", true);
    if (!id)
        return id.error();
    p.id = *id;
    const Fields f(**o, where + " (" + p.id + ")");
    if (auto e = f.onlyKnown({"id", "source", "url", "interval_s", "timeout_s", "connect_timeout_s",
                              "headers", "headers_env", "ca_file", "max_body_bytes", "backoff_initial_s",
                              "backoff_max_s", "records", "key", "mappings"}))
        return *e;
    auto source = f.string("source", true);
    if (!source)
        return source.error();
    if (!catalog.source(*source))
        return f.error("'source' must name a defined source ('" + *source + "' is not)");
    p.source = *source;
    auto url = f.string("url", true);
    if (!url)
        return url.error();
    auto endpoint = parseHttpUrl(*url);
    if (!endpoint)
        return f.error("'url' " + endpoint.error().message);
    p.url = *url;
    p.endpoint = *endpoint;
    auto interval = f.integer("interval_s", std::nullopt, 1, kMaxSeconds);
    auto timeout = f.integer("timeout_s", 10, 1, 600);
    if (!interval)
        return interval.error();
    if (!timeout)
        return timeout.error();
    auto connect =
        f.integer("connect_timeout_s", std::min<std::int64_t>(*timeout, 10), 1, *timeout);
    auto body =
        f.integer("max_body_bytes", static_cast<std::int64_t>(p.maxBodyBytes), 1, kMaxBodyBytes);
    if (!connect)
        return f.error("'connect_timeout_s' must be an integer from 1 to 'timeout_s'");
    if (!body)
        return body.error();
    p.interval = domain::Seconds{*interval};
    p.timeout = domain::Seconds{*timeout};
    p.connectTimeout = domain::Seconds{*connect};
    p.maxBodyBytes = static_cast<std::size_t>(*body);
    auto backoff = readBackoff(f);
    if (!backoff)
        return backoff.error();
    p.backoff = *backoff;
    if (auto e = readHeaders(f, env, p))
        return *e;
    if (f.find("ca_file")) {
        auto caFile = f.string("ca_file", true);
        if (!caFile)
            return caFile.error();
        if (!p.endpoint.tls)
            return f.error("'ca_file' needs an https url");
        auto pem = loadCaBundle(*caFile);
        if (!pem)
            return f.error("'ca_file': " + pem.error().message);
        p.caFile = *caFile;
        p.caPem = std::move(*pem);
    }
    if (f.find("records") || f.find("key")) {
        auto records = f.pointer("records", true);
        auto key = f.pointer("key", true);
        if (!records)
            return records.error();
        if (!key)
            return key.error();
        p.recordsPointer = *records;
        p.keyPointer = *key;
    }
    auto mappings = arrayAt(f, "mappings");
    if (!mappings)
        return mappings.error();
    if ((*mappings)->empty())
        return f.error("'mappings' must not be empty");
    for (std::size_t i = 0; i < (*mappings)->size(); ++i) {
        const std::string mwhere = f.where() + ".mappings[" + std::to_string(i) + "]";
        auto mo = objectAt((**mappings)[i], mwhere);
        if (!mo)
            return mo.error();
        auto m = readMapping(Fields(**mo, mwhere), catalog, p);
        if (!m)
            return m.error();
        p.mappings.push_back(std::move(*m));
    }
    return p;
}

Result<MqttSubscription> readSubscription(const Fields& f, const SeriesCatalog& catalog)
{
    if (auto e = f.onlyKnown(
            {"topic", "series", "series_from_topic", "source", "payload", "scale", "qos"}))
        return *e;
    MqttSubscription s;
    auto topic = f.string("topic", true);
    auto source = f.string("source", true);
    if (!topic)
        return topic.error();
    if (!source)
        return source.error();
    if (auto why = topicFilterError(*topic))
        return f.error("'topic': " + *why);
    if (!catalog.source(*source))
        return f.error("'source' must name a defined source ('" + *source + "' is not)");
    s.topic = *topic;
    s.source = *source;
    if (f.find("series") == nullptr && f.find("series_from_topic") == nullptr)
        return f.error("either 'series' or 'series_from_topic' is required");
    if (f.find("series") && f.find("series_from_topic"))
        return f.error("give 'series' or 'series_from_topic', not both");
    if (f.find("series")) {
        auto series = f.string("series", true);
        if (!series)
            return series.error();
        if (auto e = checkSeries(f, catalog, *series, s.source))
            return *e;
        s.series = *series;
    } else {
        auto pattern = f.string("series_from_topic", true);
        if (!pattern)
            return pattern.error();
        if (auto why = seriesPatternError(*pattern, s.topic))
            return f.error("'series_from_topic': " + *why);
        s.seriesPattern = *pattern;
    }
    auto scale = f.number("scale", 1);
    auto qos = f.integer("qos", 1, 0, 2);
    if (!scale)
        return scale.error();
    if (*scale == 0)
        return f.error("'scale' must not be 0");
    if (!qos)
        return qos.error();
    s.scale = *scale;
    s.qos = static_cast<int>(*qos);
    const auto *payload = f.find("payload");
    if (!payload || (payload->is_string() && payload->get_string() == "number")) {
        s.payload.number = true;
    } else if (payload->is_object()) {
        const Fields pf(payload->get_object(), f.where() + ".payload");
        if (auto e = pf.onlyKnown({"value", "observed_at"}))
            return *e;
        auto value = pf.pointer("value", true);
        auto observed = pf.timePointer("observed_at");
        if (!value)
            return value.error();
        if (!observed)
            return observed.error();
        s.payload.number = false;
        s.payload.valuePointer = *value;
        s.payload.observedAtPointer = *observed;
    } else {
        return f.error("'payload' must be \"number\" or {\"value\": pointer, \"observed_at\": "
                       "pointer or \"now\"}");
    }
    return s;
}

Result<MqttConfig> readMqtt(const bj::value& v, const SeriesCatalog& catalog, const EnvLookup& env)
{
    const std::string where = "connectors.mqtt";
    auto o = objectAt(v, where);
    if (!o)
        return o.error();
    const Fields f(**o, where);
    if (auto e = f.onlyKnown({"host", "port", "client_id", "username", "password_env",
                              "keepalive_s", "connect_timeout_s", "max_payload_bytes",
                              "backoff_initial_s", "backoff_max_s", "subscriptions"}))
        return *e;
    MqttConfig m;
    auto host = f.string("host", true);
    auto port = f.integer("port", 1883, 1, 65535);
    auto clientId = f.string("client_id", true);
    auto username = f.string("username", false);
    auto passwordEnv = f.string("password_env", false);
    auto keepalive = f.integer("keepalive_s", 30, 5, 65535);
    auto connect = f.integer("connect_timeout_s", 10, 1, 600);
    auto payload = f.integer("max_payload_bytes", 256 * 1024, 1, kMaxBodyBytes);
    for (const auto *r : {&host, &clientId, &username, &passwordEnv})
        if (!*r)
            return r->error();
    for (const auto *r : {&port, &keepalive, &connect, &payload})
        if (!*r)
            return r->error();
    if (clientId->size() > 65535)
        return f.error("'client_id' is at most 65535 bytes");
    m.host = *host;
    m.port = static_cast<int>(*port);
    m.clientId = *clientId;
    m.username = *username;
    m.passwordEnv = *passwordEnv;
    if (!m.passwordEnv.empty()) {
        if (m.username.empty())
            return f.error("'password_env' needs 'username'");
        m.password = env(m.passwordEnv);
        if (!m.password)
            return f.error("environment variable '" + m.passwordEnv +
                           "' named by 'password_env' is not set");
    }
    m.keepalive = domain::Seconds{*keepalive};
    m.connectTimeout = domain::Seconds{*connect};
    m.maxPayloadBytes = static_cast<std::size_t>(*payload);
    auto backoff = readBackoff(f);
    if (!backoff)
        return backoff.error();
    m.backoff = *backoff;
    auto subs = arrayAt(f, "subscriptions");
    if (!subs)
        return subs.error();
    if ((*subs)->empty())
        return f.error("'subscriptions' must not be empty");
    for (std::size_t i = 0; i < (*subs)->size(); ++i) {
        const std::string swhere = where + ".subscriptions[" + std::to_string(i) + "]";
        auto so = objectAt((**subs)[i], swhere);
        if (!so)
            return so.error();
        auto s = readSubscription(Fields(**so, swhere), catalog);
        if (!s)
            return s.error();
        m.subscriptions.push_back(std::move(*s));
    }
    return m;
}

} // namespace

std::optional<std::string> processEnv(const std::string& name)
{
    if (const char *v = std::getenv(name.c_str()))
        return std::string(v);
    return std::nullopt;
}

Result<ConnectorConfig> parseConnectorConfig(std::string_view registryJson,
                                             const SeriesCatalog& catalog, const EnvLookup& env)
{
    auto doc = protocol::json::parse(registryJson);
    if (!doc)
        return doc.error();
    ConnectorConfig config;
    if (!doc->is_object())
        return config; // the catalogue parser has already said what is wrong with such a file
    auto it = doc->get_object().find("connectors");
    if (it == doc->get_object().end() || it->value().is_null())
        return config;
    auto o = objectAt(it->value(), "connectors");
    if (!o)
        return o.error();
    const Fields f(**o, "connectors");
    if (auto e = f.onlyKnown({"pollers", "mqtt"}))
        return *e;
    if (f.find("pollers")) {
        auto pollers = arrayAt(f, "pollers");
        if (!pollers)
            return pollers.error();
        std::set<std::string> ids;
        for (std::size_t i = 0; i < (*pollers)->size(); ++i) {
            auto p = readPoller((**pollers)[i], "connectors.pollers[" + std::to_string(i) + "]",
                                catalog, env);
            if (!p)
                return p.error();
            if (!ids.insert(p->id).second)
                return Error{"bad_connector", "connectors.pollers[" + std::to_string(i) +
                                                  "]: poller id '" + p->id + "' is used twice"};
            config.pollers.push_back(std::move(*p));
        }
    }
    if (const auto *mqtt = f.find("mqtt")) {
        auto m = readMqtt(*mqtt, catalog, env);
        if (!m)
            return m.error();
        config.mqtt = std::move(*m);
    }
    return config;
}

} // namespace ioc::server
