// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace ioc::console {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // đ has no canonical decomposition, so NFD leaves it alone.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = QLatin1Char('d');
        out.append(c.toLower());
    }
    return out;
}

} // namespace ioc::console
