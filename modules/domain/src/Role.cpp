// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/Role.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace ioc::domain {

std::string_view toString(Role r)
{
    switch (r) {
    case Role::Officer:
        return "officer";
    case Role::Supervisor:
        return "supervisor";
    case Role::Wall:
        return "wall";
    case Role::Admin:
        return "admin";
    }
    return "officer";
}

std::optional<Role> roleFromString(std::string_view s)
{
    for (auto r : {Role::Officer, Role::Supervisor, Role::Wall, Role::Admin})
        if (toString(r) == s)
            return r;
    return std::nullopt;
}

std::optional<std::string_view> passwordWeakness(std::string_view password, std::string_view username)
{
    if (password.size() < 10)
        return "shorter than 10 characters";
    std::string lower(password);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array kCommon{"demo", "password", "12345", "qwerty", "haiphong", "admin"};
    for (const char* word : kCommon)
        if (lower.find(word) != std::string::npos)
            return "contains a common word";
    if (username.size() >= 3 && lower.find(std::string(username)) != std::string::npos)
        return "contains the user name";
    if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password[0]; }))
        return "repeats one character";
    return std::nullopt;
}

} // namespace ioc::domain
