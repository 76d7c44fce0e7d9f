// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ioc::console {

// Lower-cases and strips Vietnamese tone and vowel marks, and maps đ/Đ to d, so that
// "do son" finds "Đồ Sơn".
QString foldForSearch(const QString& text);

} // namespace ioc::console
