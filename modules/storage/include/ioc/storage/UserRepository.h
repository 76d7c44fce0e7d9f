// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/Role.h"
#include "ioc/domain/Time.h"
#include "ioc/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace ioc::storage {

struct UserRecord
{
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    domain::Role role = domain::Role::Officer;
    std::string passwordHash;
    bool disabled = false;
    bool demo = false;
};

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    // Returns nullopt when the user name is taken.
    std::optional<UserRecord> create(const std::string& username, const std::string& displayName,
                                     domain::Role role, const std::string& passwordHash, bool demo,
                                     domain::TimePoint now);
    std::optional<UserRecord> find(const std::string& username);
    std::optional<UserRecord> findById(std::int64_t id);
    std::vector<UserRecord> list();
    bool setDisabled(const std::string& username, bool disabled, domain::TimePoint now);
    bool setPasswordHash(const std::string& username, const std::string& hash, domain::TimePoint now);
    std::int64_t count();

private:
    Database& m_db;
};

} // namespace ioc::storage
