// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace ioc::server {

// Which source systems a key may push data for. Keys are held only as SHA-256 digests.
class ApiKeys
{
public:
    // keyHashHex: lowercase hex SHA-256 of the key.
    void allow(const std::string& keyHashHex, const std::string& source);
    // Grants `key` every source (the demo key; never used outside --demo).
    void allowAll(std::string_view key);
    // Grants `key` the citizen channel `channel` (the demo channel key; only with --demo).
    void allowChannel(std::string_view key, const std::string& channel);

    bool known(std::string_view key) const;
    struct Grant
    {
        std::set<std::string> sources;
        bool allSources = false;
        std::string channel; // set for a channel key
    };
    std::optional<Grant> lookup(std::string_view key) const;
    bool mayIngest(std::string_view key, std::string_view source) const;

    static std::string sha256Hex(std::string_view data);

private:
    std::map<std::string, std::set<std::string>> m_sourcesByHash;
    std::set<std::string> m_allSources;
    std::map<std::string, std::string> m_channelByHash;
};

} // namespace ioc::server
