# SPDX-License-Identifier: GPL-3.0-or-later
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" len)
math(EXPR size "${len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\n"
  "namespace ioc::embedded {\nstatic const unsigned char data_${SYMBOL}[] = {${bytes}0x00};\n"
  "std::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(data_${SYMBOL}), ${size}}; }\n}\n")
