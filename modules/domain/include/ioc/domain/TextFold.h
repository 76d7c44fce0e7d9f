// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace ioc::domain {

// Vietnamese text without its marks, in lower case: "Ngập sâu ở Đường Lạch Tray" →
// "ngap sau o duong lach tray". Tone and vowel marks (precomposed or combining) and đ/Đ are
// folded; other non-ASCII characters are kept as they are. For comparing what citizens typed,
// who write with or without diacritics.
std::string foldVietnamese(std::string_view utf8);

// The distinct words of the folded text (split at anything that is not a letter or digit),
// shorter than `minLength` bytes dropped.
std::set<std::string> foldedTokens(std::string_view utf8, std::size_t minLength = 2);

// |a ∩ b| / |a ∪ b|; 0 when both are empty.
double jaccard(const std::set<std::string>& a, const std::set<std::string>& b);

// Number of Unicode code points (what "text length" means to a person); invalid bytes count one
// each.
std::size_t codePointCount(std::string_view utf8);

} // namespace ioc::domain
