// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace ioc::bench {

// "--name value" options with defaults; every benchmark prints the values it ran with, so a
// figure in docs/performance.md can always be traced back to its parameters.
class BenchArgs
{
public:
    BenchArgs(int argc, char **argv);

    long number(std::string_view name, long fallback) const;
    std::string text(std::string_view name, std::string fallback) const;
    // Arguments that no number()/text() call asked for, so typos do not pass silently.
    bool checkAllUsed(std::string_view program) const;

private:
    std::map<std::string, std::string, std::less<>> m_values;
    mutable std::map<std::string, bool, std::less<>> m_used;
};

} // namespace ioc::bench
