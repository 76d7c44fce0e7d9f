// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/ReportValidation.h"

#include "ioc/domain/CitizenReport.h"
#include "ioc/domain/TextFold.h"

#include <cmath>

namespace ioc::domain {

ImageType sniffImage(std::string_view b)
{
    if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF &&
        static_cast<unsigned char>(b[1]) == 0xD8 && static_cast<unsigned char>(b[2]) == 0xFF)
        return ImageType::Jpeg;
    static constexpr std::string_view png("\x89PNG\r\n\x1a\n", 8);
    if (b.substr(0, png.size()) == png)
        return ImageType::Png;
    return ImageType::None;
}

std::string_view mimeType(ImageType t)
{
    switch (t) {
    case ImageType::Jpeg:
        return "image/jpeg";
    case ImageType::Png:
        return "image/png";
    case ImageType::None:
        break;
    }
    return "application/octet-stream";
}

std::optional<ReportRefusal> validateReport(const ReportDraft& d,
                                            const std::vector<GeoBox>& cityUnits,
                                            const ReportLimits& limits)
{
    const auto chars = codePointCount(d.text);
    if (d.text.find_first_not_of(" \t\r\n") == std::string::npos || chars < limits.minTextChars)
        return ReportRefusal{400, "text_too_short", "text",
                             "'text' must say what happened (at least " +
                                 std::to_string(limits.minTextChars) + " characters)"};
    if (chars > limits.maxTextChars)
        return ReportRefusal{400, "text_too_long", "text",
                             "'text' is longer than " + std::to_string(limits.maxTextChars) +
                                 " characters"};
    if (!findReportCategory(d.category))
        return ReportRefusal{400, "unknown_category", "category",
                             "no report category '" + d.category + "'"};
    if (codePointCount(d.address) > limits.maxAddressChars)
        return ReportRefusal{400, "address_too_long", "location.address",
                             "the address is longer than " +
                                 std::to_string(limits.maxAddressChars) + " characters"};
    const bool hasAddress = d.address.find_first_not_of(" \t\r\n") != std::string::npos;
    if (d.lat.has_value() != d.lon.has_value())
        return ReportRefusal{400, "bad_location", "location", "a point needs both 'lat' and 'lon'"};
    if (!d.lat && !hasAddress)
        return ReportRefusal{400, "location_required", "location",
                             "send a point (lat, lon) or an address, or both"};
    if (d.lat) {
        const double lat = *d.lat, lon = *d.lon;
        bool inside = std::isfinite(lat) && std::isfinite(lon);
        if (inside) {
            inside = false;
            for (const auto& box : cityUnits)
                inside = inside || box.contains(lat, lon);
        }
        if (!inside)
            return ReportRefusal{400, "outside_city", "location", "the point is not in Hai Phong"};
    }
    if (d.photos.size() > limits.maxPhotos)
        return ReportRefusal{400, "too_many_photos", "photos",
                             "at most " + std::to_string(limits.maxPhotos) + " photos"};
    for (std::size_t i = 0; i < d.photos.size(); ++i) {
        const std::string field = "photos[" + std::to_string(i) + "]";
        if (d.photos[i].size() > limits.maxPhotoBytes)
            return ReportRefusal{413, "photo_too_large", field,
                                 "a photo may have at most " +
                                     std::to_string(limits.maxPhotoBytes) + " bytes"};
        if (sniffImage(d.photos[i]) == ImageType::None)
            return ReportRefusal{400, "not_an_image", field,
                                 "photos must be JPEG or PNG images (checked by content)"};
    }
    return std::nullopt;
}

} // namespace ioc::domain
