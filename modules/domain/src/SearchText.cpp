// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/SearchText.h"

#include <vector>

namespace ioc::domain {

std::string foldDStroke(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        // U+0110 Đ = C4 90, U+0111 đ = C4 91.
        if (static_cast<unsigned char>(utf8[i]) == 0xC4 && i + 1 < utf8.size()) {
            const auto next = static_cast<unsigned char>(utf8[i + 1]);
            if (next == 0x90 || next == 0x91) {
                out += next == 0x90 ? 'D' : 'd';
                ++i;
                continue;
            }
        }
        out += utf8[i];
    }
    return out;
}

std::string ftsMatchExpression(std::string_view typed)
{
    const std::string folded = foldDStroke(typed);
    std::vector<std::string> words;
    std::string word;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        // ASCII letters and digits belong to words; every other ASCII character separates them.
        // Bytes of multi-byte UTF-8 sequences are letters (the tokenizer folds them).
        const bool partOfWord =
            u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (partOfWord) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    std::string expr;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!expr.empty())
            expr += ' ';
        expr += '"' + words[i] + '"'; // words hold no '"': it is a separator above
        if (i + 1 == words.size())
            expr += '*';
    }
    return expr;
}

} // namespace ioc::domain
