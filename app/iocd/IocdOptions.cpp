// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocdOptions.h"

#include <charconv>
#include <cstdlib>

namespace ioc::app {

std::string iocdUsage()
{
    return R"(Usage: iocd [options]
Backend cache of the Hai Phong Intelligent Operations Center (IOC).

Options:
  --listen ADDR:PORT     address to serve HTTP/WebSocket on (default 127.0.0.1:8686;
                         port 0 picks a free port, printed on start)
  --data-dir DIR         where the SQLite database lives (default ./iocd-data)
  --series-config FILE   series registry (JSON); default: the built-in demo catalogue
  --incident-categories FILE
                         incident categories and their checklists (JSON); default: built in
  --alert-rules FILE     alert rules (JSON, docs/alerts.md); default: built in (covers the demo)
  --shift-rota FILE      shifts, who is on duty and handover timings (JSON, see
                         docs/handover.md); default: 06-14, 14-22, 22-06 UTC+7
  --demo                 run the built-in simulator of a day in Hai Phong, seed demo incidents
  --threads N            I/O threads (default 2)
  --request-timeout S    seconds a client has to send a whole request (default 15)
  --session-lifetime S   seconds a login token is valid (default 45000 = 12 h 30 min)
  --login-lockout A,B,S  lock an account after A failed logins, an address after B,
                         for S seconds (default 5,30,900; see docs/security.md)
  --admin-password-env VAR  first start without users: the first admin's password is read
                         from the environment variable VAR (otherwise generated and printed)
  --tls-cert FILE        serve HTTPS and WSS with this PEM certificate (chain);
                         needs --tls-key; without both, plain HTTP and WS
  --tls-key FILE         PEM private key of --tls-cert
  --help                 show this help
  --version              show the version
)";
}

namespace {
bool parseListen(const std::string& value, ioc::server::ServerOptions& out)
{
    const auto colon = value.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return false;
    std::string host = value.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    unsigned port = 0;
    const char* first = value.data() + colon + 1;
    const char* last = value.data() + value.size();
    auto [p, ec] = std::from_chars(first, last, port);
    if (ec != std::errc{} || p != last || first == last || port > 65535)
        return false;
    out.address = host;
    out.port = static_cast<std::uint16_t>(port);
    return true;
}
} // namespace

IocdCommandLine parseIocdCommandLine(const std::vector<std::string>& args)
{
    IocdCommandLine cl;
    auto fail = [&](std::string message) {
        cl.action = IocdCommandLine::Action::Error;
        cl.error = std::move(message);
        return cl;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            cl.action = IocdCommandLine::Action::Help;
            return cl;
        } else if (a == "--version") {
            cl.action = IocdCommandLine::Action::Version;
            return cl;
        } else if (a == "--demo") {
            cl.server.demo = true;
        } else if (a == "--listen") {
            if (!value(v) || !parseListen(v, cl.server))
                return fail("--listen needs ADDR:PORT, e.g. 127.0.0.1:8686");
        } else if (a == "--data-dir") {
            if (!value(v) || v.empty())
                return fail("--data-dir needs a directory");
            cl.server.dataDir = v;
        } else if (a == "--series-config") {
            if (!value(v) || v.empty())
                return fail("--series-config needs a file");
            cl.server.seriesConfig = v;
        } else if (a == "--incident-categories") {
            if (!value(v) || v.empty())
                return fail("--incident-categories needs a file");
            cl.server.incidentCategories = v;
        } else if (a == "--alert-rules") {
            if (!value(v) || v.empty())
                return fail("--alert-rules needs a file");
            cl.server.alertRules = v;
        } else if (a == "--shift-rota") {
            if (!value(v) || v.empty())
                return fail("--shift-rota needs a file");
            cl.server.shiftRota = v;
        } else if (a == "--threads") {
            int n = 0;
            if (!value(v) || std::from_chars(v.data(), v.data() + v.size(), n).ec != std::errc{} ||
                n < 1 || n > 64)
                return fail("--threads needs a number from 1 to 64");
            cl.server.threads = n;
        } else if (a == "--request-timeout") {
            int n = 0;
            if (!value(v) || std::from_chars(v.data(), v.data() + v.size(), n).ec != std::errc{} ||
                n < 1 || n > 3600)
                return fail("--request-timeout needs seconds from 1 to 3600");
            cl.server.requestTimeoutS = n;
        } else if (a == "--session-lifetime") {
            int n = 0;
            if (!value(v) || std::from_chars(v.data(), v.data() + v.size(), n).ec != std::errc{} ||
                n < 1 || n > 7 * 24 * 3600)
                return fail("--session-lifetime needs seconds from 1 to 604800");
            cl.server.sessionLifetimeS = n;
        } else if (a == "--login-lockout") {
            int n[3] = {0, 0, 0};
            const char* p = nullptr;
            bool ok = value(v);
            if (ok) {
                p = v.data();
                const char* end = v.data() + v.size();
                for (int k = 0; k < 3 && ok; ++k) {
                    auto r = std::from_chars(p, end, n[k]);
                    ok = r.ec == std::errc{} && n[k] >= 1 && (k == 2 ? r.ptr == end : r.ptr != end && *r.ptr == ',');
                    p = r.ptr + 1;
                }
            }
            if (!ok)
                return fail("--login-lockout needs ACCOUNT,ADDRESS,SECONDS, e.g. 5,30,900");
            cl.server.accountLockAfter = n[0];
            cl.server.addressLockAfter = n[1];
            cl.server.loginLockS = n[2];
        } else if (a == "--admin-password-env") {
            if (!value(v) || v.empty())
                return fail("--admin-password-env needs the name of an environment variable");
            const char* pw = std::getenv(v.c_str());
            if (!pw || !*pw)
                return fail("environment variable " + v + " is not set");
            cl.server.firstAdminPassword = pw;
        } else if (a == "--password" || a == "--admin-password") {
            return fail("passwords are not accepted on the command line; use --admin-password-env VAR");
        } else if (a == "--tls-cert") {
            if (!value(v) || v.empty())
                return fail("--tls-cert needs a PEM certificate file");
            cl.server.tlsCertFile = v;
        } else if (a == "--tls-key") {
            if (!value(v) || v.empty())
                return fail("--tls-key needs a PEM private key file");
            cl.server.tlsKeyFile = v;
        } else {
            return fail("unknown option: " + a);
        }
    }
    if (cl.server.tlsCertFile.empty() != cl.server.tlsKeyFile.empty())
        return fail("--tls-cert and --tls-key go together");
    return cl;
}

} // namespace ioc::app
