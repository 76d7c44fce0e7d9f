// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelLayout.h"

namespace ioc::map {

std::vector<int> placeLabels(const std::vector<LabelCandidate>& candidates)
{
    std::vector<int> placed;
    std::vector<QRectF> taken;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const LabelCandidate& c = candidates[i];
        const bool fits = c.unitSize.width() >= c.size.width() * 0.8 &&
                          c.unitSize.height() >= c.size.height() * 1.2;
        if (!c.always && !fits)
            continue;
        const QRectF box(c.anchor.x() - c.size.width() / 2 - 4,
                         c.anchor.y() - c.size.height() / 2 - 2, c.size.width() + 8,
                         c.size.height() + 4);
        bool collides = false;
        for (const QRectF& t : taken) {
            if (t.intersects(box)) {
                collides = true;
                break;
            }
        }
        if (collides)
            continue;
        taken.push_back(box);
        placed.push_back(int(i));
    }
    return placed;
}

} // namespace ioc::map
