// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchRegistry.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace ioc::bench {

namespace {
std::string numbered(const char *prefix, int index)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%05d", prefix, index);
    return buf;
}
} // namespace

std::string seriesId(int index)
{
    return numbered("bench.s", index);
}

std::string sourceId(int index)
{
    return numbered("bench.src", index);
}

std::string registryJson(const RegistrySpec& spec)
{
    std::string out =
        R"({"version": 1, "domains": [)"
        R"({"id": "agriculture_environment", "label": {"vi": "Nông nghiệp và Môi trường",)"
        R"( "en": "Agriculture and environment"}, "article": "14.3.đ", "order": 1}],)"
        "\n \"sources\": [";
    for (int s = 0; s < spec.sources; ++s) {
        out += s ? ",\n  " : "\n  ";
        out += R"({"id": ")" + sourceId(s) + R"(", "label": {"vi": "Trạm đo thử )" +
               std::to_string(s) + R"(", "en": "Bench station )" + std::to_string(s) +
               R"("}, "kind": "sensor", "expected_interval_s": )" +
               std::to_string(spec.expectedIntervalS) + "}";
    }
    out += "],\n \"series\": [";
    for (int i = 0; i < spec.series; ++i) {
        char coords[96];
        // Spread over the city's extent (about 20.6–21.0 N, 106.4–107.0 E).
        std::snprintf(coords, sizeof coords, R"("lat": %.5f, "lon": %.5f, "unit_code": "%05d")",
                      20.6 + (i % 97) * 0.004, 106.4 + (i % 89) * 0.006, 11000 + i % 114);
        out += i ? ",\n  " : "\n  ";
        out += R"({"id": ")" + seriesId(i) + R"(", "label": {"vi": "Mực nước trạm thử )" +
               std::to_string(i) + R"(", "en": "Bench water level )" + std::to_string(i) +
               R"("}, "domain": "agriculture_environment", "unit": "cm", "source": ")" +
               sourceId(i % spec.sources) + "\", " + coords + "}";
    }
    out += "]}\n";
    return out;
}

TempDir::TempDir()
{
    const char *base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/iocd-bench-XXXXXX";
    if (!::mkdtemp(tmpl.data()))
        throw std::system_error(errno, std::generic_category(), "mkdtemp");
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const
{
    const auto file = m_path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << content;
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
    return file;
}

} // namespace ioc::bench
