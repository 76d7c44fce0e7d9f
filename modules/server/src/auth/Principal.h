// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Role.h"
#include "ioc/domain/Time.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace ioc::server {

// Who sent a request, as established before routing (HttpRequest::principal; empty when the
// request carried no valid credentials). Route handlers use it to scope what they return and to
// name the actor in the audit log; whether the route may be called at all is the Router's
// Access rule, checked before the handler runs.
//
//   User       "Authorization: Bearer TOKEN" from POST /api/v1/login: a person with a role.
//   SourceKey  "X-Api-Key" of a source system: may ingest for the sources in `scope` only.
//   AgencyKey  "X-Api-Key" of a consuming agency: read-only, the series in `scope` only.
//   ChannelKey "X-Api-Key" of a citizen channel system (app, hotline, portal): sends citizen
//              reports for the one channel in `scope` and reads back their public status.
struct Principal
{
    enum class Kind { User, SourceKey, AgencyKey, ChannelKey };
    Kind kind = Kind::User;

    // Kind::User
    std::int64_t userId = 0;
    std::string username;
    std::string displayName;
    domain::Role role = domain::Role::Officer;
    std::string tokenSha256; // the session this request belongs to (logout revokes it)
    domain::TimePoint expiresAt{};
    bool demo = false; // a --demo account

    // Kind::SourceKey / Kind::AgencyKey
    std::int64_t keyId = 0; // 0: a source key from the series configuration file
    std::string keyName;
    std::set<std::string> scope; // source ids (SourceKey), series ids (AgencyKey), channel id
    bool allSources = false;     // the --demo source key

    bool isUser() const { return kind == Kind::User; }
    bool isUser(domain::Role r) const { return kind == Kind::User && role == r; }

    // Audit log "actor": the user name, or "key:ID" / "key:NAME" for API keys.
    std::string actor() const
    {
        if (kind == Kind::User)
            return username;
        return keyId ? "key:" + std::to_string(keyId) : "key:" + keyName;
    }
    // Audit log "role": officer, supervisor, wall, admin, source_key or agency_key.
    std::string roleName() const
    {
        switch (kind) {
        case Kind::User:
            return std::string(domain::toString(role));
        case Kind::SourceKey:
            return "source_key";
        case Kind::AgencyKey:
            return "agency_key";
        case Kind::ChannelKey:
            return "channel_key";
        }
        return "";
    }
    // People see every series; an agency key only those in its scope.
    bool maySeeSeries(std::string_view seriesId) const
    {
        return kind != Kind::AgencyKey || scope.contains(std::string(seriesId));
    }
    // The channel a channel key speaks for (empty for anything else).
    std::string channel() const
    {
        return kind == Kind::ChannelKey && !scope.empty() ? *scope.begin() : std::string();
    }
    bool mayIngest(std::string_view sourceId) const
    {
        return kind == Kind::SourceKey && (allSources || scope.contains(std::string(sourceId)));
    }
};

} // namespace ioc::server
