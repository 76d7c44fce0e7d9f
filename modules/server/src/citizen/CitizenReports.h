// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../LiveData.h"
#include "../Router.h"
#include "CitizenReportService.h"
#include "CitizenSimulator.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <filesystem>
#include <memory>

namespace ioc::server {

class ApiKeys;
class AuthService;

// Citizen reports as Server starts them: the service on its own full-sync connection, photos
// under DATA_DIR/photos, changes published on the stream as type "citizen_report", and with
// --demo the demo channel's key (`demo-citizen-key`, channel "demo") and a feed of simulated
// reports sent through the intake route like any channel system would.
class CitizenReports
{
public:
    CitizenReports(boost::asio::io_context& ioc, const std::filesystem::path& dataDir,
                   const UnitDirectory& units, IncidentService *incidents,
                   const domain::Clock& clock, LiveData& live, ApiKeys& apiKeys, bool demo);
    ~CitizenReports();

    CitizenReportService& service() { return *m_service; }

    // Sends a first batch now (synchronously: report 1 exists once start() returns), then one
    // report every 20 to 90 s; works a few of the first batch as an officer would.
    void startDemoFeed(const Router& router, AuthService& auth);

private:
    struct Feed;
    void scheduleNext();
    void workDemoReports(const std::vector<std::int64_t>& reports,
                         const std::vector<std::int64_t>& spam);
    // The id the intake gave the report, 0 when refused.
    std::int64_t send(const CitizenSimulator::Body& body);

    boost::asio::io_context& m_ioc;
    const domain::Clock& m_clock;
    std::unique_ptr<CitizenReportService> m_service;
    std::unique_ptr<Feed> m_feed;
};

} // namespace ioc::server
