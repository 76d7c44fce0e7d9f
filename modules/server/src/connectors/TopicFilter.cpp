// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicFilter.h"

#include <charconv>
#include <vector>

namespace ioc::server {

namespace {
std::vector<std::string_view> levels(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const auto slash = s.find('/', start);
        out.push_back(s.substr(start, slash == std::string_view::npos ? slash : slash - start));
        if (slash == std::string_view::npos)
            return out;
        start = slash + 1;
    }
}

// Calls onRef(levelNumber) for every {N}; onText for literal characters. False if malformed.
template<class Ref, class Text> bool walkPattern(std::string_view pattern, Ref onRef, Text onText)
{
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '}')
            return false;
        if (pattern[i] != '{') {
            onText(pattern[i]);
            continue;
        }
        const auto close = pattern.find('}', i);
        if (close == std::string_view::npos || close == i + 1)
            return false;
        unsigned n = 0;
        const char *first = pattern.data() + i + 1;
        const char *last = pattern.data() + close;
        auto [p, ec] = std::from_chars(first, last, n);
        if (ec != std::errc{} || p != last || n == 0)
            return false;
        if (!onRef(n))
            return false;
        i = close;
    }
    return true;
}
} // namespace

std::optional<std::string> topicFilterError(std::string_view filter)
{
    if (filter.empty())
        return "a topic filter must not be empty";
    if (filter.size() > 65535)
        return "a topic filter is at most 65535 bytes";
    if (filter.find('\0') != std::string_view::npos)
        return "a topic filter must not contain NUL";
    const auto parts = levels(filter);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto level = parts[i];
        if (level.find_first_of("+#") == std::string_view::npos)
            continue;
        if (level == "#") {
            if (i + 1 != parts.size())
                return "'#' must be the last level of a topic filter";
        } else if (level != "+") {
            return "'+' and '#' must occupy a whole level";
        }
    }
    return std::nullopt;
}

bool topicMatches(std::string_view filter, std::string_view topic)
{
    if (topic.empty() || topic.find_first_of("+#") != std::string_view::npos)
        return false;
    if (topic.front() == '$' && !filter.empty() && (filter.front() == '+' || filter.front() == '#'))
        return false;
    const auto f = levels(filter);
    const auto t = levels(topic);
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] == "#")
            return true; // also matches the parent level itself ("a/#" matches "a")
        if (i >= t.size())
            return false;
        if (f[i] != "+" && f[i] != t[i])
            return false;
    }
    return f.size() == t.size();
}

std::optional<std::string> seriesPatternError(std::string_view pattern, std::string_view filter)
{
    const auto parts = levels(filter);
    const bool open = parts.back() == "#";
    // "a/#" may match "a" alone, so only the levels before '#' are certain to exist.
    const std::size_t certain = open ? parts.size() - 1 : parts.size();
    unsigned refs = 0;
    std::optional<std::string> error;
    const bool ok = walkPattern(
        pattern,
        [&](unsigned n) {
            ++refs;
            if (n > certain && !open) {
                error = "{" + std::to_string(n) + "} is beyond the " + std::to_string(certain) +
                        " levels of the topic filter";
                return false;
            }
            return true;
        },
        [](char) {});
    if (error)
        return error;
    if (!ok)
        return "use {N} (N ≥ 1) for level N of the topic; braces must not appear otherwise";
    if (refs == 0)
        return "a series_from_topic pattern must use at least one {N}";
    return std::nullopt;
}

std::optional<std::string> expandSeriesPattern(std::string_view pattern, std::string_view topic)
{
    const auto t = levels(topic);
    std::string out;
    const bool ok = walkPattern(
        pattern,
        [&](unsigned n) {
            if (n > t.size() || t[n - 1].empty())
                return false;
            out += t[n - 1];
            return true;
        },
        [&](char c) { out += c; });
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace ioc::server
