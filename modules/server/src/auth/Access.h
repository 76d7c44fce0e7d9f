// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Principal.h"

#include <initializer_list>
#include <optional>

namespace ioc::server {

// The kinds of caller a route may admit: the columns of the permission matrix in
// docs/security.md.
enum class Caller : unsigned {
    Anonymous = 1u << 0,
    Officer = 1u << 1,
    Supervisor = 1u << 2,
    Wall = 1u << 3,
    Admin = 1u << 4,
    SourceKey = 1u << 5,
    AgencyKey = 1u << 6,
    ChannelKey = 1u << 7,
};

// Who may call a route. Checked by the Router before the handler: a caller not admitted gets
// 401 when it presented no valid credentials, 403 otherwise.
class Access
{
public:
    constexpr Access(std::initializer_list<Caller> callers)
    {
        for (auto c : callers)
            m_mask |= static_cast<unsigned>(c);
    }

    // Everyone, credentials or not (health, login).
    static constexpr Access anyone()
    {
        return {Caller::Anonymous, Caller::Officer,   Caller::Supervisor, Caller::Wall,
                Caller::Admin,     Caller::SourceKey, Caller::AgencyKey,  Caller::ChannelKey};
    }
    // Any logged-in person.
    static constexpr Access people()
    {
        return {Caller::Officer, Caller::Supervisor, Caller::Wall, Caller::Admin};
    }
    // Live data: people and agency keys (which see only their series).
    static constexpr Access readers()
    {
        return {Caller::Officer, Caller::Supervisor, Caller::Wall, Caller::Admin,
                Caller::AgencyKey};
    }
    // People who act (not the display-only wall).
    static constexpr Access operators()
    {
        return {Caller::Officer, Caller::Supervisor, Caller::Admin};
    }
    static constexpr Access supervisors() { return {Caller::Supervisor, Caller::Admin}; }
    static constexpr Access admins() { return {Caller::Admin}; }
    static constexpr Access sourceKeys() { return {Caller::SourceKey}; }
    static constexpr Access channelKeys() { return {Caller::ChannelKey}; }

    bool admits(Caller c) const { return (m_mask & static_cast<unsigned>(c)) != 0; }
    bool admits(const std::optional<Principal>& p) const { return admits(callerOf(p)); }
    bool anonymousAllowed() const { return admits(Caller::Anonymous); }

    static Caller callerOf(const std::optional<Principal>& p)
    {
        if (!p)
            return Caller::Anonymous;
        switch (p->kind) {
        case Principal::Kind::SourceKey:
            return Caller::SourceKey;
        case Principal::Kind::AgencyKey:
            return Caller::AgencyKey;
        case Principal::Kind::ChannelKey:
            return Caller::ChannelKey;
        case Principal::Kind::User:
            break;
        }
        switch (p->role) {
        case domain::Role::Officer:
            return Caller::Officer;
        case domain::Role::Supervisor:
            return Caller::Supervisor;
        case domain::Role::Wall:
            return Caller::Wall;
        case domain::Role::Admin:
            return Caller::Admin;
        }
        return Caller::Anonymous;
    }

private:
    unsigned m_mask = 0;
};

} // namespace ioc::server
