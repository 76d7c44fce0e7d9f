// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/TextFold.h"

#include <cstdint>
#include <map>

namespace ioc::domain {

namespace {

// Decodes one code point at `i` (advancing it); invalid bytes come back as themselves.
std::uint32_t decode(std::string_view s, std::size_t& i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(s[i + k]) & 0x3F; };
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && cont(1)) {
        const auto cp = ((b0 & 0x1Fu) << 6) | at(1);
        i += 2;
        return cp;
    }
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const auto cp = ((b0 & 0x0Fu) << 12) | (at(1) << 6) | at(2);
        i += 3;
        return cp;
    }
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const auto cp = ((b0 & 0x07u) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
        i += 4;
        return cp;
    }
    ++i;
    return 0xFFFD;
}

// Every Vietnamese letter with marks, grouped by the plain letter it folds to.
const std::map<std::uint32_t, char>& foldTable()
{
    static const std::map<std::uint32_t, char> table = [] {
        const std::pair<char, std::string_view> groups[] = {
            {'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
            {'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"},
            {'i', "ìíỉĩịÌÍỈĨỊ"},
            {'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
            {'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"},
            {'y', "ỳýỷỹỵỲÝỶỸỴ"},
            {'d', "đĐ"},
        };
        std::map<std::uint32_t, char> t;
        for (const auto& [plain, letters] : groups)
            for (std::size_t i = 0; i < letters.size();)
                t.emplace(decode(letters, i), plain);
        return t;
    }();
    return table;
}

bool isCombiningMark(std::uint32_t cp)
{
    return cp >= 0x0300 && cp <= 0x036F;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::string foldVietnamese(std::string_view utf8)
{
    const auto& table = foldTable();
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto cp = decode(utf8, i);
        if (cp < 0x80) {
            out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        } else if (isCombiningMark(cp)) {
            continue;
        } else if (auto it = table.find(cp); it != table.end()) {
            out += it->second;
        } else {
            appendUtf8(out, cp);
        }
    }
    return out;
}

std::set<std::string> foldedTokens(std::string_view utf8, std::size_t minLength)
{
    const std::string folded = foldVietnamese(utf8);
    std::set<std::string> tokens;
    std::string word;
    auto flush = [&] {
        if (word.size() >= minLength)
            tokens.insert(word);
        word.clear();
    };
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            word += c;
        else
            flush();
    }
    flush();
    return tokens;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b)
{
    if (a.empty() && b.empty())
        return 0;
    std::size_t common = 0;
    for (const auto& t : a)
        common += b.contains(t) ? 1 : 0;
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::size_t codePointCount(std::string_view utf8)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < utf8.size(); ++n)
        decode(utf8, i);
    return n;
}

} // namespace ioc::domain
