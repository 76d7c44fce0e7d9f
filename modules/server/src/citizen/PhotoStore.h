// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/ReportValidation.h"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ioc::server {

// Citizen report photos on disk, named by the SHA-256 of their content: DATA_DIR/photos/ab/<sha>
// (the original bytes) and DATA_DIR/photos/ab/<sha>.thumb.jpg (at most 320 px, JPEG, made here).
// The same photo sent twice is stored once. Decoding and scaling use stb_image (libstb-dev).
class PhotoStore
{
public:
    explicit PhotoStore(std::filesystem::path root, int maxPixelsSide = 10000);

    struct Checked
    {
        std::string bytes;
        std::string sha256;
        domain::ImageType type = domain::ImageType::None;
        int width = 0;
        int height = 0;
    };
    struct Refused
    {
        int status = 400;
        std::string code;
        std::string message;
    };
    // Decodes the image (not only its magic bytes): a truncated or hostile file is refused here,
    // before anything is written.
    std::variant<Checked, Refused> check(std::string bytes) const;

    // Writes the photo and its thumbnail unless already there; returns the files it created, so
    // a failed intake can remove exactly those. Throws on disk errors.
    std::vector<std::filesystem::path> write(const Checked& photo) const;

    std::filesystem::path original(const std::string& sha256) const;
    std::filesystem::path thumbnail(const std::string& sha256) const;

    static constexpr int kThumbnailSide = 320;

private:
    std::filesystem::path m_root;
    int m_maxPixelsSide;
};

// Reads a whole file; nullopt when it cannot be read.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

} // namespace ioc::server
