// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsContext.h"

#include <boost/asio/ssl/context.hpp>

#include <fstream>

namespace ioc::server {

namespace ssl = boost::asio::ssl;
using protocol::Error;

namespace {
bool readable(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return in.good() && in.peek() != std::ifstream::traits_type::eof();
}

std::string reason(const boost::system::error_code& ec)
{
    // OpenSSL's text ("no start line", "key values mismatch") says what was wrong.
    return ec.message();
}
} // namespace

protocol::Result<std::shared_ptr<ssl::context>>
makeServerTlsContext(const std::filesystem::path& certFile, const std::filesystem::path& keyFile)
{
    for (const auto& [file, what] :
         {std::pair{certFile, "TLS certificate"}, std::pair{keyFile, "TLS private key"}})
        if (!readable(file))
            return Error{"tls_unreadable",
                         std::string("cannot read the ") + what + " " + file.string()};
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                     ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                     ssl::context::single_dh_use);
    boost::system::error_code ec;
    ctx->use_certificate_chain_file(certFile.string(), ec);
    if (ec)
        return Error{"tls_bad_certificate", "TLS certificate " + certFile.string() +
                                                " is not a PEM certificate: " + reason(ec)};
    ctx->use_private_key_file(keyFile.string(), ssl::context::pem, ec);
    if (ec && reason(ec).find("mismatch") != std::string::npos)
        return Error{"tls_key_mismatch", "TLS private key " + keyFile.string() +
                                             " does not match the certificate " +
                                             certFile.string()};
    if (ec)
        return Error{"tls_bad_key", "TLS private key " + keyFile.string() +
                                        " is not a PEM private key: " + reason(ec)};
    // use_private_key_file already refuses most mismatches; this also covers the rest.
    if (SSL_CTX_check_private_key(ctx->native_handle()) != 1)
        return Error{"tls_key_mismatch", "TLS private key " + keyFile.string() +
                                             " does not match the certificate " +
                                             certFile.string()};
    return ctx;
}

} // namespace ioc::server
