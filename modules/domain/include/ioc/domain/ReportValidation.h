// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/IncidentLifecycle.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::domain {

// A WGS 84 rectangle (a commune-level unit's extent).
struct GeoBox
{
    double minLat = 0;
    double minLon = 0;
    double maxLat = 0;
    double maxLon = 0;
    bool contains(double lat, double lon) const
    {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
};

// Limits for what a channel may send. Defaults are documented in docs/api.md.
struct ReportLimits
{
    std::size_t minTextChars = 10;
    std::size_t maxTextChars = 2000;
    std::size_t maxAddressChars = 300;
    std::size_t maxPhotos = 4;
    std::size_t maxPhotoBytes = 4 * 1024 * 1024;
    // The image itself, decoded: refuses "decompression bombs" before they are thumbnailed.
    int maxPhotoPixelsSide = 10000;
};

enum class ImageType { None, Jpeg, Png };
// By content (magic bytes), never by a name the sender chose.
ImageType sniffImage(std::string_view bytes);
std::string_view mimeType(ImageType t);

// What arrives at the intake, before anything is stored.
struct ReportDraft
{
    std::string text;
    std::string category;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string address;
    std::vector<std::string> photos; // decoded bytes
};

// Why a report is refused (400, or 413 for a photo too large). `field` names what is wrong.
struct ReportRefusal
{
    int status = 400;
    std::string code;
    std::string field;
    std::string message;
};

// Refusals, in the order a sender would fix them: text (length in characters), category, the
// location (a point or an address is required; a point must lie in one of the city's units'
// boxes), photos (count, size, JPEG/PNG by content).
std::optional<ReportRefusal> validateReport(const ReportDraft& draft,
                                            const std::vector<GeoBox>& cityUnits,
                                            const ReportLimits& limits = {});

} // namespace ioc::domain
