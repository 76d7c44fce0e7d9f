// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace ioc::server {

namespace {
void ensureSodium()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
}
} // namespace

std::string PasswordHasher::hash(std::string_view password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool PasswordHasher::verify(std::string_view password, const std::string& hash)
{
    ensureSodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string PasswordHasher::generate()
{
    ensureSodium();
    // No look-alikes (0/O, 1/l/I) so it can be read out over the phone.
    static constexpr char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr std::uint32_t n = sizeof(kAlphabet) - 1;
    std::string out;
    for (int i = 0; i < 22; ++i)
        out += kAlphabet[randombytes_uniform(n)];
    return out;
}

} // namespace ioc::server
