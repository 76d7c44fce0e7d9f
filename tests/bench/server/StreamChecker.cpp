// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamChecker.h"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace ioc::bench {

namespace bj = boost::json;

namespace {

struct Parsed
{
    std::int64_t seq = 0;
    std::int64_t fromSeq = 0; // series_batch only
    std::string type;
    std::vector<double> values;
};

// The clients share the machine's two cores with the server: reading the three fields of
// the server's own compact encoding directly costs far less than a full parse. Anything
// else falls back to the full parser.
bool quickParse(std::string_view t, Parsed& m)
{
    constexpr std::string_view seqKey = R"({"seq":)", typeKey = R"(,"type":")",
                               valueKey = R"("value":)";
    if (!t.starts_with(seqKey))
        return false;
    const char *p = t.data() + seqKey.size();
    const char *end = t.data() + t.size();
    auto [afterSeq, ec] = std::from_chars(p, end, m.seq);
    std::string_view rest(afterSeq, std::size_t(end - afterSeq));
    if (ec != std::errc{} || !rest.starts_with(typeKey))
        return false;
    rest.remove_prefix(typeKey.size());
    const auto quote = rest.find('"');
    if (quote == std::string_view::npos)
        return false;
    m.type = rest.substr(0, quote);
    const bool batch = m.type == "series_batch";
    if (!batch && m.type != "series")
        return m.type == "resync"; // the unknown: the full parser
    if (batch) {
        constexpr std::string_view fromKey = R"(","from_seq":)";
        rest.remove_prefix(quote);
        if (!rest.starts_with(fromKey))
            return false;
        const char *fp = rest.data() + fromKey.size();
        if (std::from_chars(fp, end, m.fromSeq).ec != std::errc{})
            return false;
    }
    // Every "value": of the compact encoding, in order (the benchmark's ids never contain it).
    for (auto v = rest.find(valueKey); v != std::string_view::npos; v = rest.find(valueKey, v)) {
        double value = 0;
        const char *vp = rest.data() + v + valueKey.size();
        const auto [after, vec] = std::from_chars(vp, end, value);
        if (vec != std::errc{})
            return false; // null, or something unexpected: let the full parser judge
        m.values.push_back(value);
        v = std::size_t(after - rest.data());
        if (!batch)
            break;
    }
    return !m.values.empty();
}

bool fullParse(std::string_view text, Parsed& m)
{
    m.values.clear(); // whatever the quick parser read before it gave up
    boost::system::error_code ec;
    const auto v = bj::parse(text, ec);
    const auto *o = ec ? nullptr : v.if_object();
    const auto *seqV = o ? o->if_contains("seq") : nullptr;
    const auto *typeV = o ? o->if_contains("type") : nullptr;
    if (!seqV || !seqV->is_int64() || !typeV || !typeV->is_string())
        return false;
    m.seq = seqV->get_int64();
    m.type = typeV->get_string();
    auto addValue = [&](const bj::value& series) {
        const auto *value = series.is_object() ? series.get_object().if_contains("value") : nullptr;
        if (value && value->is_number())
            m.values.push_back(value->to_number<double>());
    };
    const auto *series = o->if_contains("series");
    if (m.type == "series_batch") {
        const auto *from = o->if_contains("from_seq");
        if (!from || !from->is_int64() || !series || !series->is_array())
            return false;
        m.fromSeq = from->get_int64();
        for (const auto& s : series->get_array())
            addValue(s);
    } else if (series) {
        addValue(*series);
    }
    return true;
}

} // namespace

StreamChecker::StreamChecker(std::int64_t since, TimePoint epoch, std::size_t expected)
    : m_epoch(epoch)
    , m_since(since)
{
    m_result.lastSeq = since;
    m_result.latencyUs.reserve(expected + expected / 8);
}

void StreamChecker::onMessage(std::string_view text, TimePoint now)
{
    Parsed m;
    if (!quickParse(text, m) && !fullParse(text, m)) {
        ++m_result.unexpected;
        return;
    }
    if (m.type == "resync") {
        // Not data: it carries the server's newest seq. Counted, and the run then fails.
        ++m_result.resyncs;
        return;
    }
    const bool batch = m.type == "series_batch";
    const std::int64_t first = batch ? m.fromSeq : m.seq;
    if (first <= m_result.lastSeq || m.seq < first) {
        ++m_result.outOfOrder;
        return;
    }
    m_result.lost += std::uint64_t(first - m_result.lastSeq - 1);
    m_result.lastSeq = m.seq;
    m_progress.store(m.seq - m_since, std::memory_order_relaxed);
    if ((m.type != "series" && !batch) || m.values.empty()) {
        ++m_result.unexpected;
        return;
    }
    ++m_result.frames;
    m_result.received += m.values.size();
    if (batch) {
        ++m_result.batches;
        const auto range = std::uint64_t(m.seq - first + 1);
        m_result.coalesced += range > m.values.size() ? range - m.values.size() : 0;
    }
    const double nowUs =
        double(std::chrono::duration_cast<std::chrono::microseconds>(now - m_epoch).count());
    for (const double sentUs : m.values)
        m_result.latencyUs.push_back(static_cast<std::uint32_t>(std::max(0.0, nowUs - sentUs)));
}

} // namespace ioc::bench
