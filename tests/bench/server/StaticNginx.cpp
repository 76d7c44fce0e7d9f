// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaticNginx.h"

#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ioc::bench {

namespace {
bool accepts(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}
} // namespace

std::uint16_t freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("no free loopback port");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

StaticNginx::StaticNginx(const std::filesystem::path& nginx, const std::filesystem::path& workDir,
                         const std::filesystem::path& root, int workers)
{
    std::filesystem::create_directories(workDir / "temp");
    {
        ChildProcess v({nginx.string(), "-v"}, workDir / "nginx-version.txt");
        v.wait();
        std::smatch m;
        const auto text = readFile(workDir / "nginx-version.txt");
        m_version = std::regex_search(text, m, std::regex(R"(nginx/([0-9.]+))")) ? m[1].str() : "?";
    }
    m_port = freeLoopbackPort();
    const auto dir = workDir.string();
    std::ofstream conf(workDir / "nginx.conf");
    conf << "worker_processes " << workers << ";\n"
         << "daemon off;\n"
         << "pid " << dir << "/nginx.pid;\n"
         << "error_log " << dir << "/error.log warn;\n"
         << "events { worker_connections 1024; }\n"
         << "http {\n"
         << "  access_log off;\n"
         << "  client_body_temp_path " << dir << "/temp/body;\n"
         << "  proxy_temp_path " << dir << "/temp/proxy;\n"
         << "  fastcgi_temp_path " << dir << "/temp/fastcgi;\n"
         << "  uwsgi_temp_path " << dir << "/temp/uwsgi;\n"
         << "  scgi_temp_path " << dir << "/temp/scgi;\n"
         << "  sendfile on; tcp_nopush on; tcp_nodelay on;\n"
         << "  keepalive_requests 10000000; keepalive_timeout 60s;\n"
         << "  types {} default_type application/json;\n"
         << "  server {\n"
         << "    listen 127.0.0.1:" << m_port << ";\n"
         << "    root " << root.string() << ";\n"
         << "    location / { gzip_static on; }\n"
         << "  }\n"
         << "}\n";
    conf.close();
    // -e: the startup error log too, before the configuration is read (nginx ≥ 1.19.5).
    m_process = std::make_unique<ChildProcess>(std::vector<std::string>{nginx.string(), "-p", dir,
                                                                        "-e", dir + "/error.log",
                                                                        "-c", dir + "/nginx.conf"},
                                               workDir / "nginx-output.txt");
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!accepts(m_port)) {
        if (!m_process->running() || std::chrono::steady_clock::now() > until)
            throw std::runtime_error("nginx did not start: " + readFile(workDir / "error.log") +
                                     readFile(workDir / "nginx-output.txt"));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

double StaticNginx::cpuSeconds() const
{
    return processTreeCpuSeconds(m_process->pid());
}

StaticNginx::~StaticNginx()
{
    m_process->stop(std::chrono::seconds(5));
}

} // namespace ioc::bench
