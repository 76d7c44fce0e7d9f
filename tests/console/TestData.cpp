// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

namespace ioc::testdata {

using domain::Freshness;

std::vector<protocol::Domain> domains()
{
    // Deliberately not in display order.
    return {
        {"health", {"Y tế", "Health"}, "14.3.đ", 5},
        {"socio_economic", {"Chỉ tiêu kinh tế - xã hội", "Socio-economic indicators"}, "14.3.a", 1},
        {"security_traffic",
         {"An ninh trật tự và giao thông đô thị", "Security, public order and urban traffic"},
         "14.3.b",
         2},
    };
}

protocol::SeriesValue value(const std::string& id, double v, const std::string& observedAt,
                            Freshness status)
{
    const auto at = domain::parseRfc3339(observedAt);
    return {id, v, at, at ? std::optional(*at + domain::Seconds{60}) : std::nullopt, status};
}

namespace {

protocol::SeriesState state(const std::string& id, const std::string& domain, std::string vi,
                            std::string en, std::string unit, protocol::SeriesValue current)
{
    protocol::SeriesState s;
    s.info.id = id;
    s.info.domain = domain;
    s.info.label = {std::move(vi), std::move(en)};
    s.info.unit = std::move(unit);
    s.info.source = "test.source";
    s.current = std::move(current);
    s.current.id = id;
    return s;
}

} // namespace

protocol::SeriesSnapshot snapshot(std::int64_t seq)
{
    protocol::SeriesSnapshot snap;
    snap.seq = seq;
    snap.series = {
        state("traffic.speed_hoang_van_thu", "security_traffic",
              "Tốc độ trung bình cầu Hoàng Văn Thụ", "Average speed, Hoang Van Thu bridge", "km/h",
              value("", 31.456, "2026-11-28T04:00:00Z")),
        state("health.beds_viet_tiep", "health", "Công suất giường bệnh – Việt Tiệp",
              "Bed occupancy – Viet Tiep hospital", "%", value("", 87.5, "2026-11-28T04:00:00Z")),
        state("socio.retail", "socio_economic", "Tổng mức bán lẻ hàng hóa", "Retail sales",
              "VND bn", value("", 1234567.0, "2026-11-28T03:00:00Z", Freshness::Late)),
        state("traffic.accidents", "security_traffic", "Đâm va giao thông hôm nay",
              "Traffic collisions today", "", value("", 3, "2026-11-28T04:00:00Z")),
        state("socio.cpi", "socio_economic", "Chỉ số giá tiêu dùng (CPI)", "Consumer price index",
              "%", protocol::SeriesValue{}),
    };
    return snap;
}

} // namespace ioc::testdata
