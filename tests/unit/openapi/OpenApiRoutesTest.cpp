// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps resources/openapi/iocd.yaml from silently falling behind the server: every route the
// server registers (router.add(...) under modules/server/src, plus the WebSocket upgrade path in
// HttpSession) must be in the spec with its method, every path in the spec must be served,
// every error code docs/api.md lists and every stream message type the protocol encodes must
// appear in the spec. A text check, not a YAML parser:
// the spec's layout (two-space indented paths, four-space methods) is part of what is checked.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

fs::path sourceDir()
{
    const char *dir = std::getenv("IOC_SOURCE_DIR");
    return dir ? fs::path(dir) : fs::path(IOC_DEFAULT_SOURCE_DIR);
}

std::string read(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

using Routes = std::set<std::pair<std::string, std::string>>; // (path, method in lower case)

Routes serverRoutes()
{
    Routes routes;
    const std::regex add(R"re(router\.add(?:Async)?\(\s*"([A-Z]+)"\s*,\s*"([^"]+)")re");
    for (const auto& entry : fs::recursive_directory_iterator(sourceDir() / "modules/server/src")) {
        if (entry.path().extension() != ".cpp")
            continue;
        const std::string text = read(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), add), end; it != end; ++it)
            routes.insert({(*it)[2].str(), lower((*it)[1].str())});
    }
    // The stream is upgraded in HttpSession, outside the router.
    const std::string session = read(sourceDir() / "modules/server/src/HttpSession.cpp");
    std::smatch m;
    if (std::regex_search(session, m, std::regex(R"re(r\.path != "([^"]+)")re")))
        routes.insert({m[1].str(), "get"});
    return routes;
}

Routes specRoutes(const std::string& yaml)
{
    Routes routes;
    std::istringstream in(yaml);
    bool inPaths = false;
    std::string path;
    const std::regex pathLine(R"re(^  (/[^:]*):\s*$)re");
    const std::regex methodLine(R"re(^    (get|put|post|delete|patch|head|options):\s*$)re");
    std::smatch m;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#')
            inPaths = line.rfind("paths:", 0) == 0;
        if (!inPaths)
            continue;
        if (std::regex_match(line, m, pathLine))
            path = m[1].str();
        else if (!path.empty() && std::regex_match(line, m, methodLine))
            routes.insert({path, m[1].str()});
    }
    return routes;
}

std::string describe(const Routes& routes)
{
    std::string out;
    for (const auto& [path, method] : routes)
        out += "  " + method + " " + path + "\n";
    return out;
}

} // namespace

TEST(OpenApi, ListsEveryRouteTheServerRegisters)
{
    const auto server = serverRoutes();
    ASSERT_GE(server.size(), 6u) << "found too few router.add( calls: has the pattern changed?";
    const auto spec = specRoutes(read(sourceDir() / "resources/openapi/iocd.yaml"));
    Routes missing, extra;
    for (const auto& r : server)
        if (!spec.contains(r))
            missing.insert(r);
    for (const auto& r : spec)
        if (!server.contains(r))
            extra.insert(r);
    EXPECT_TRUE(missing.empty()) << "registered but not in resources/openapi/iocd.yaml:\n"
                                 << describe(missing);
    EXPECT_TRUE(extra.empty()) << "in resources/openapi/iocd.yaml but not served:\n"
                               << describe(extra);
}

TEST(OpenApi, NamesEveryErrorCodeOfTheApiDoc)
{
    const std::string doc = read(sourceDir() / "docs/api.md");
    const std::string yaml = read(sourceDir() / "resources/openapi/iocd.yaml");
    // The error table: "| 400 | `bad_request`, `bad_target` | ...".
    const std::regex row(R"re(^\| (\d{3}) \| ([^|]+)\|)re", std::regex::multiline);
    const std::regex code(R"re(`([a-z_]+)`)re");
    std::set<std::string> codes;
    for (std::sregex_iterator it(doc.begin(), doc.end(), row), end; it != end; ++it) {
        const std::string cell = (*it)[2].str();
        for (std::sregex_iterator c(cell.begin(), cell.end(), code); c != end; ++c)
            codes.insert((*c)[1].str());
    }
    ASSERT_GE(codes.size(), 10u) << "docs/api.md's error table was not found";
    for (const auto& c : codes)
        EXPECT_NE(yaml.find("- " + c + "\n"), std::string::npos)
            << "error code '" << c << "' of docs/api.md is not in ErrorCode of the OpenAPI file";
}

TEST(OpenApi, DescribesEveryStreamMessageType)
{
    const std::string codec = read(sourceDir() / "modules/protocol/src/Stream.cpp");
    const std::string yaml = read(sourceDir() / "resources/openapi/iocd.yaml");
    const std::regex assign(R"re(o\["type"\] = "([a-z_]+)")re");
    int found = 0;
    for (std::sregex_iterator it(codec.begin(), codec.end(), assign), end; it != end;
         ++it, ++found) {
        const std::string type = (*it)[1].str();
        EXPECT_NE(yaml.find("type: {type: string, enum: [" + type + "]}"), std::string::npos)
            << "stream message type '" << type << "' has no schema in the OpenAPI file";
    }
    EXPECT_GE(found, 2) << "no message types found in Stream.cpp: has the encoder changed?";
}
