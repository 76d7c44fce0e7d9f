// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeys.h"

#include <openssl/sha.h>

namespace ioc::server {

std::string ApiKeys::sha256Hex(std::string_view data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * SHA256_DIGEST_LENGTH);
    for (unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

void ApiKeys::allow(const std::string& keyHashHex, const std::string& source)
{
    m_sourcesByHash[keyHashHex].insert(source);
}

void ApiKeys::allowAll(std::string_view key)
{
    m_allSources.insert(sha256Hex(key));
}

void ApiKeys::allowChannel(std::string_view key, const std::string& channel)
{
    m_channelByHash[sha256Hex(key)] = channel;
}

bool ApiKeys::known(std::string_view key) const
{
    const auto h = sha256Hex(key);
    return m_allSources.contains(h) || m_sourcesByHash.contains(h) || m_channelByHash.contains(h);
}

std::optional<ApiKeys::Grant> ApiKeys::lookup(std::string_view key) const
{
    const auto h = sha256Hex(key);
    if (m_allSources.contains(h))
        return Grant{{}, true, {}};
    if (auto it = m_sourcesByHash.find(h); it != m_sourcesByHash.end())
        return Grant{it->second, false, {}};
    if (auto it = m_channelByHash.find(h); it != m_channelByHash.end())
        return Grant{{}, false, it->second};
    return std::nullopt;
}

bool ApiKeys::mayIngest(std::string_view key, std::string_view source) const
{
    const auto h = sha256Hex(key);
    if (m_allSources.contains(h))
        return true;
    auto it = m_sourcesByHash.find(h);
    return it != m_sourcesByHash.end() && it->second.contains(std::string(source));
}

} // namespace ioc::server
