// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchArgs.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace ioc::bench {

BenchArgs::BenchArgs(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (!a.starts_with("--") || i + 1 >= argc)
            throw std::invalid_argument("expected --name value, got '" + std::string(a) + "'");
        m_values[std::string(a.substr(2))] = argv[++i];
    }
}

long BenchArgs::number(std::string_view name, long fallback) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    m_used[it->first] = true;
    char *end = nullptr;
    const long v = std::strtol(it->second.c_str(), &end, 10);
    if (end == it->second.c_str() || *end != '\0' || v < 0)
        throw std::invalid_argument("--" + it->first + " needs a non-negative number");
    return v;
}

std::string BenchArgs::text(std::string_view name, std::string fallback) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    m_used[it->first] = true;
    return it->second;
}

bool BenchArgs::checkAllUsed(std::string_view program) const
{
    bool ok = true;
    for (const auto& [k, v] : m_values) {
        if (!m_used.contains(k)) {
            std::fprintf(stderr, "%.*s: unknown option --%s\n", int(program.size()), program.data(),
                         k.c_str());
            ok = false;
        }
    }
    return ok;
}

} // namespace ioc::bench
