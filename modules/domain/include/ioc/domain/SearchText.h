// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ioc::domain {

// Vietnamese search without diacritics mattering. SQLite's FTS5 tokenizer
// (unicode61 remove_diacritics 2) folds tone and vowel marks but keeps đ/Đ as letters of their
// own, so both the indexed text and the query pass through this first: đ → d, Đ → D. Applying it
// to the same text twice changes nothing.
std::string foldDStroke(std::string_view utf8);

// Turns what a person typed into an FTS5 MATCH expression: words (split at spaces and
// punctuation) each quoted — so nothing typed is FTS syntax — all required, the last one as a
// prefix because people search while typing. "lê chân" → "le" "chan"*; empty when there is no
// word at all.
std::string ftsMatchExpression(std::string_view typed);

} // namespace ioc::domain
