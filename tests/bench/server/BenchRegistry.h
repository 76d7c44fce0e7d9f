// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace ioc::bench {

// A synthetic series registry in the documented format (docs/configuration.md), sized like a
// grown city deployment: labels in both languages, coordinates and a commune code on every
// series, so snapshot bytes are realistic. Series i belongs to source i % sources.
struct RegistrySpec
{
    int series = 5000;
    int sources = 50;
    // Long enough that nothing turns late during a run: every stream message is then a value
    // the benchmark sent, never a freshness change it did not.
    int expectedIntervalS = 3600;
};

std::string seriesId(int index);
std::string sourceId(int index);
std::string registryJson(const RegistrySpec& spec);

// Creates a private directory under $TMPDIR (or /tmp) and removes it with everything inside.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path m_path;
};

} // namespace ioc::bench
