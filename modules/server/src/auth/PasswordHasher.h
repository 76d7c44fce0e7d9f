// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ioc::server {

// Argon2id through libsodium (crypto_pwhash_str): salt and parameters travel inside the hash.
// Interactive limits (64 MiB, ~0.1 s here): strong enough for a centre of ten people, quick
// enough that a login does not stall.
class PasswordHasher
{
public:
    static std::string hash(std::string_view password);
    static bool verify(std::string_view password, const std::string& hash);
    // A new random password for first start and resets: 22 characters, about 128 bits.
    static std::string generate();
};

} // namespace ioc::server
