// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

#include "ioc/domain/Time.h"

#include <atomic>
#include <cstdio>
#include <string>

namespace ioc::server {

namespace {
std::atomic<LogLevel> g_minimum{LogLevel::Info};

std::string_view name(LogLevel l)
{
    switch (l) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

void appendValue(std::string& line, std::string_view v)
{
    const bool quote = v.empty() || v.find_first_of(" \"=\n") != std::string_view::npos;
    if (!quote) {
        line += v;
        return;
    }
    line += '"';
    for (char c : v) {
        if (c == '"' || c == '\\')
            line += '\\';
        line += (c == '\n') ? ' ' : c;
    }
    line += '"';
}
} // namespace

void setLogLevel(LogLevel minimum)
{
    g_minimum = minimum;
}

void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields)
{
    if (level < g_minimum.load())
        return;
    std::string line = domain::formatRfc3339(domain::SystemClock{}.now());
    line += " level=";
    line += name(level);
    line += " event=";
    line += event;
    for (const auto& [k, v] : fields) {
        line += ' ';
        line += k;
        line += '=';
        appendValue(line, v);
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stderr);
}

} // namespace ioc::server
