// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaBundle.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/ssl/context.hpp>

#include <fstream>
#include <iterator>

namespace ioc::server {

namespace {
constexpr std::streamsize kMaxBundleBytes = 4 * 1024 * 1024;
}

protocol::Result<std::string> loadCaBundle(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return protocol::Error{"bad_ca_file", "cannot read '" + path + "'"};
    std::string pem;
    pem.resize(static_cast<std::size_t>(kMaxBundleBytes) + 1);
    in.read(pem.data(), kMaxBundleBytes + 1);
    pem.resize(static_cast<std::size_t>(in.gcount()));
    if (pem.size() > static_cast<std::size_t>(kMaxBundleBytes))
        return protocol::Error{"bad_ca_file", "'" + path + "' is larger than 4 MiB"};
    boost::asio::ssl::context probe(boost::asio::ssl::context::tls_client);
    boost::system::error_code ec;
    probe.add_certificate_authority(boost::asio::buffer(pem), ec);
    if (ec)
        return protocol::Error{"bad_ca_file",
                               "no usable PEM certificate in '" + path + "': " + ec.message()};
    return pem;
}

} // namespace ioc::server
