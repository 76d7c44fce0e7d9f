// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ioc::bench {

struct HttpResult
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case
};

// A blocking keep-alive HTTP/1.1 client to 127.0.0.1 (Beast), for setting up and feeding
// benchmarks. Throws on transport errors: a benchmark with a broken connection has no figure.
class HttpConnection
{
public:
    explicit HttpConnection(std::uint16_t port);
    ~HttpConnection();

    HttpResult request(const std::string& method, const std::string& target,
                       const std::string& body = {},
                       const std::vector<std::pair<std::string, std::string>>& headers = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// iocd checks every request (docs/security.md): benchmarks act as the demo officer. After this,
// requests without their own Authorization or X-Api-Key header carry its bearer token.
void loginAsDemoOfficer(std::uint16_t port);
const std::string& bearerToken();

} // namespace ioc::bench
