// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/LoginThrottle.h"
#include "ioc/storage/Database.h"

#include <map>
#include <string>

namespace ioc::storage {

// Failed-login counters ("user:NAME", "addr:IP") so that a lockout survives a restart.
class LoginFailureRepository
{
public:
    explicit LoginFailureRepository(Database& db) : m_db(db) {}

    std::map<std::string, domain::LoginFailures> loadAll();
    void put(const std::string& key, const domain::LoginFailures& state);
    void clear(const std::string& key);

private:
    Database& m_db;
};

} // namespace ioc::storage
