// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace ioc::domain {

// Who a person is in the centre (regulation 8.2: a team of about ten).
enum class Role {
    Officer,    // duty officer (cán bộ trực)
    Supervisor, // shift or centre leader (lãnh đạo ca / lãnh đạo Trung tâm)
    Wall,       // a video wall: display only
    Admin,      // manages users and keys
};

std::string_view toString(Role r);
std::optional<Role> roleFromString(std::string_view s);

// Why a password is refused, or nullopt when it is acceptable. Outside the demo, "demo" and
// other trivially guessable passwords are too weak.
std::optional<std::string_view> passwordWeakness(std::string_view password, std::string_view username);

} // namespace ioc::domain
