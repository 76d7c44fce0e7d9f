// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/protocol/JsonText.h"

#include <charconv>
#include <cmath>

namespace ioc::protocol::json {

namespace {
bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}
} // namespace

void appendString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!needsEscape(c))
            continue;
        out.append(text.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(esc, sizeof esc);
        }
        }
    }
    out.append(text.data() + runStart, text.size() - runStart);
    out += '"';
}

void appendNumber(std::string& out, std::optional<double> value)
{
    if (!value || !std::isfinite(*value)) {
        out += "null";
        return;
    }
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *value);
    out.append(buf, ec == std::errc{} ? std::size_t(end - buf) : 0);
}

void appendInt(std::string& out, std::int64_t value)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, ec == std::errc{} ? std::size_t(end - buf) : 0);
}

} // namespace ioc::protocol::json
