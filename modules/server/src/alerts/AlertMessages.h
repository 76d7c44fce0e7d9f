// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../SeriesCatalog.h"

#include "ioc/domain/AlertRule.h"

#include <string>
#include <vector>

// The sentence an alert carries, in Vietnamese and English, written when it is raised.
namespace ioc::server {

std::string formatAlertNumber(double v);
// "HH:MM" in Hai Phong time (UTC+7).
std::string localClock(domain::TimePoint t);

domain::AlertText thresholdMessage(const protocol::SeriesInfo& s, const domain::Level& l, double v);
domain::AlertText rateMessage(const protocol::SeriesInfo& s, const domain::AlertRule& r,
                              double change);
domain::AlertText missingMessage(const SourceInfo& s, domain::Seconds silentFor);
struct CombinationReading
{
    const protocol::SeriesInfo *series;
    double value;
};
domain::AlertText combinationMessage(const domain::AlertRule& r, const std::string& unitNameVi,
                                     const std::string& unitNameEn,
                                     const std::vector<CombinationReading>& readings);
domain::AlertText forecastMessage(const protocol::SeriesInfo& s, const domain::Level& l,
                                  double latest, double forecast, domain::TimePoint at);

} // namespace ioc::server
