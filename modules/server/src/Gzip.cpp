// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gzip.h"

#include <zlib.h>

#include <stdexcept>

namespace ioc::server {

std::string gzipCompress(std::string_view data)
{
    z_stream zs{};
    // windowBits 15 + 16 selects the gzip wrapper.
    if (deflateInit2(&zs, 3, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("deflate failed");
    out.resize(zs.total_out);
    return out;
}

bool acceptsGzip(std::string_view header)
{
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        const auto semi = item.find(';');
        std::string_view coding = item.substr(0, semi);
        while (!coding.empty() && coding.back() == ' ')
            coding.remove_suffix(1);
        if (coding != "gzip" && coding != "*")
            continue;
        if (semi != std::string_view::npos) {
            auto params = item.substr(semi + 1);
            const auto q = params.find("q=");
            if (q != std::string_view::npos) {
                const auto v = params.substr(q + 2);
                if (v.starts_with("0") && v.find_first_of("123456789") == std::string_view::npos)
                    continue;
            }
        }
        return true;
    }
    return false;
}

} // namespace ioc::server
