// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace ioc::server {

struct ServerOptions
{
    std::string address = "127.0.0.1";
    std::uint16_t port = 8686; // 0 picks a free port; port() tells which
    std::filesystem::path dataDir = "iocd-data";
    // Series registry (JSON, see docs/configuration.md); empty means the built-in demo catalogue.
    std::filesystem::path seriesConfig;
    // Incident categories and their checklists (JSON, see docs/configuration.md); empty means
    // the shipped default (resources/config/incident-categories.json).
    std::filesystem::path incidentCategories;
    // Alert rules (JSON, see docs/alerts.md); empty means the shipped default
    // (resources/config/alert-rules.json), which covers the demo simulator's series.
    std::filesystem::path alertRules;
    // Shift rota for handovers (JSON, see docs/handover.md); empty means 06–14, 14–22, 22–06
    // Asia/Ho_Chi_Minh (with --demo, the demo users on duty).
    std::filesystem::path shiftRota;
    bool demo = false; // run the built-in simulator and seed demo incidents
    int threads = 2;
    bool handleSignals = false; // stop on SIGINT/SIGTERM (the daemon; not the embedded backend)
    int requestTimeoutS = 15;   // a whole HTTP request must arrive within this (slow-loris guard)
    // Login sessions (docs/security.md): a 12-hour shift plus the handover.
    int sessionLifetimeS = 12 * 3600 + 30 * 60;
    int accountLockAfter = 5;  // failed logins that lock an account…
    int addressLockAfter = 30; // …or a remote address…
    int loginLockS = 900;      // …for this long
    // First start without users: the first admin's password; empty: generate one
    // (firstAdminPassword() hands it out once).
    std::string firstAdminPassword;
    // Both set: serve HTTPS and WSS only (PEM certificate chain and private key); both empty:
    // plain HTTP and WS. start() fails clearly on an unreadable file or a key that does not
    // match the certificate.
    std::filesystem::path tlsCertFile;
    std::filesystem::path tlsKeyFile;
};

// iocd as a library: the standalone daemon and the console's embedded backend are the same code.
// start() binds and runs the server on its own threads; it returns once it accepts connections.
class Server
{
public:
    explicit Server(ServerOptions options);
    ~Server(); // stops and joins
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    protocol::Result<std::uint16_t> start();
    void stop();
    // Blocks until stop() is called from elsewhere (or a signal handler installed by the caller).
    void wait();
    std::uint16_t port() const;
    // The generated password of the first admin, made by start() on a database without users;
    // empty otherwise. Returned once, to be shown once.
    std::string takeFirstAdminPassword();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

std::string version();

} // namespace ioc::server
