// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhotoStore.h"

#include "../ApiKeys.h"

#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

namespace ioc::server {

namespace fs = std::filesystem;

namespace {
constexpr int kThumbnailQuality = 80;

void writeFile(const fs::path& path, std::string_view bytes)
{
    // Write to a temporary name and rename: a crash never leaves a half-written photo under the
    // name of its hash.
    const fs::path tmp = path.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write " + tmp.string());
    }
    fs::rename(tmp, path);
}

void appendBytes(void *context, void *data, int size)
{
    static_cast<std::string *>(context)->append(static_cast<const char *>(data),
                                                static_cast<std::size_t>(size));
}
} // namespace

std::optional<std::string> readWholeFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

PhotoStore::PhotoStore(fs::path root, int maxPixelsSide)
    : m_root(std::move(root))
    , m_maxPixelsSide(maxPixelsSide)
{}

fs::path PhotoStore::original(const std::string& sha256) const
{
    return m_root / sha256.substr(0, 2) / sha256;
}

fs::path PhotoStore::thumbnail(const std::string& sha256) const
{
    return m_root / sha256.substr(0, 2) / (sha256 + ".thumb.jpg");
}

std::variant<PhotoStore::Checked, PhotoStore::Refused> PhotoStore::check(std::string bytes) const
{
    Checked c;
    c.type = domain::sniffImage(bytes);
    if (c.type == domain::ImageType::None)
        return Refused{400, "not_an_image",
                       "photos must be JPEG or PNG images (checked by content)"};
    int w = 0, h = 0, comp = 0;
    const auto *data = reinterpret_cast<const stbi_uc *>(bytes.data());
    const int len = static_cast<int>(bytes.size());
    // The header alone first: a small file may claim a huge picture (a decompression bomb).
    if (!stbi_info_from_memory(data, len, &w, &h, &comp) || w <= 0 || h <= 0)
        return Refused{400, "not_an_image", "the photo cannot be decoded"};
    if (w > m_maxPixelsSide || h > m_maxPixelsSide)
        return Refused{413, "photo_too_large",
                       "a photo may be at most " + std::to_string(m_maxPixelsSide) +
                           " pixels on a side"};
    std::unique_ptr<stbi_uc, void (*)(void *)> pixels(
        stbi_load_from_memory(data, len, &w, &h, &comp, 3), stbi_image_free);
    if (!pixels)
        return Refused{400, "not_an_image", "the photo cannot be decoded"};
    c.width = w;
    c.height = h;
    c.sha256 = ApiKeys::sha256Hex(bytes);
    c.bytes = std::move(bytes);
    return c;
}

std::vector<fs::path> PhotoStore::write(const Checked& photo) const
{
    std::vector<fs::path> created;
    const auto orig = original(photo.sha256);
    const auto thumb = thumbnail(photo.sha256);
    fs::create_directories(orig.parent_path());
    if (!fs::exists(orig)) {
        writeFile(orig, photo.bytes);
        created.push_back(orig);
    }
    if (fs::exists(thumb))
        return created;
    int w = 0, h = 0, comp = 0;
    std::unique_ptr<stbi_uc, void (*)(void *)> pixels(
        stbi_load_from_memory(reinterpret_cast<const stbi_uc *>(photo.bytes.data()),
                              static_cast<int>(photo.bytes.size()), &w, &h, &comp, 3),
        stbi_image_free);
    if (!pixels)
        throw std::runtime_error("photo " + photo.sha256 + " no longer decodes");
    const double scale = std::min(1.0, static_cast<double>(kThumbnailSide) / std::max(w, h));
    const int tw = std::max(1, static_cast<int>(w * scale));
    const int th = std::max(1, static_cast<int>(h * scale));
    std::vector<stbi_uc> small(static_cast<std::size_t>(tw) * static_cast<std::size_t>(th) * 3);
    if (!stbir_resize_uint8(pixels.get(), w, h, 0, small.data(), tw, th, 0, 3))
        throw std::runtime_error("cannot scale photo " + photo.sha256);
    std::string jpeg;
    if (!stbi_write_jpg_to_func(appendBytes, &jpeg, tw, th, 3, small.data(), kThumbnailQuality))
        throw std::runtime_error("cannot encode the thumbnail of " + photo.sha256);
    writeFile(thumb, jpeg);
    created.push_back(thumb);
    return created;
}

} // namespace ioc::server
