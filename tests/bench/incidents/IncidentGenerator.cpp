// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentGenerator.h"

#include "ioc/storage/IncidentRepository.h"
#include "ioc/storage/Statement.h"

#include <array>
#include <iostream>
#include <random>
#include <string>

namespace ioc::bench {

namespace {
struct Place
{
    const char *code;
    const char *name;
};
// Real commune-level units (Công văn 1027/CTK-CSCL) and real streets.
constexpr std::array kPlaces{
    Place{"11311", "Hồng Bàng"},     Place{"11329", "Ngô Quyền"},  Place{"11359", "Gia Viên"},
    Place{"11383", "Lê Chân"},       Place{"11407", "An Biên"},    Place{"11413", "Hải An"},
    Place{"11411", "Đông Hải"},      Place{"11443", "Kiến An"},    Place{"11455", "Đồ Sơn"},
    Place{"11737", "Nam Đồ Sơn"},    Place{"11689", "Hưng Đạo"},   Place{"11692", "Dương Kinh"},
    Place{"11581", "An Dương"},      Place{"11914", "Cát Hải"},    Place{"10525", "Hải Dương"},
    Place{"10532", "Lê Thanh Nghị"}, Place{"10507", "Thành Đông"}, Place{"11560", "Thủy Nguyên"},
};
constexpr std::array kStreets{"Lạch Tray",    "Tô Hiệu",         "Điện Biên Phủ", "Trần Nguyên Hãn",
                              "Hai Bà Trưng", "Nguyễn Văn Linh", "Phạm Văn Đồng", "Lê Hồng Phong",
                              "Cầu Bính",     "Bạch Đằng",       "Hoàng Văn Thụ", "Văn Cao"};
struct Kind
{
    const char *category;
    const char *domain;
    const char *title;
    const char *description;
};
constexpr std::array kKinds{
    Kind{"flooding", "agriculture_environment", "Ngập úng đường",
         "Nước ngập sâu sau mưa lớn, xe máy chết máy"},
    Kind{"traffic_accident", "security_traffic", "Tai nạn giao thông trên đường",
         "Va chạm giữa ô tô và xe máy, đã báo 115"},
    Kind{"fire", "security_traffic", "Cháy nhà dân gần đường",
         "Khói lớn, đã báo Cảnh sát PCCC 114"},
    Kind{"storm_landslide", "agriculture_environment", "Sạt lở taluy đường",
         "Đất đá tràn xuống mặt đường sau mưa"},
    Kind{"infrastructure", "construction", "Cây đổ chắn đường", "Cây xanh gãy đổ sau giông lốc"},
    Kind{"public_order", "security_traffic", "Tụ tập gây mất trật tự trên đường",
         "Người dân phản ánh qua đường dây nóng"},
    Kind{"environment_pollution", "agriculture_environment", "Mùi hôi nồng nặc gần đường",
         "Trạm quan trắc báo chỉ số vượt ngưỡng"},
    Kind{"cyber_incident", "science_technology", "Gián đoạn dịch vụ công trực tuyến",
         "Cổng dịch vụ công phản hồi chậm"},
};
} // namespace

GeneratedIncidents generateIncidents(storage::Database& db, std::int64_t count)
{
    using namespace std::chrono;
    std::mt19937_64 rng(20261128);
    storage::IncidentRepository repo(db);
    const domain::Actor officer{1, "officer", domain::Role::Officer};
    GeneratedIncidents out;
    out.count = count;
    out.first = *domain::parseRfc3339("2025-01-01T00:00:00Z");
    const auto span = duration_cast<milliseconds>(hours(24 * 365 * 2));
    const auto step = span / std::max<std::int64_t>(1, count);
    std::uniform_int_distribution<int> percent(0, 99);
    const std::array statuses{"new", "acknowledged", "in_progress", "resolution_proposed"};
    const std::int64_t batch = 20000;
    for (std::int64_t i = 0; i < count;) {
        storage::Transaction tx(db);
        for (std::int64_t end = std::min(count, i + batch); i < end; ++i) {
            const auto& kind = kKinds[rng() % kKinds.size()];
            const auto& place = kPlaces[rng() % kPlaces.size()];
            const char *street = kStreets[rng() % kStreets.size()];
            storage::NewIncident n;
            n.title = std::string(kind.title) + " " + street + ", phường " + place.name;
            n.description = std::string(kind.description) + ". Khu vực " + place.name + ".";
            n.category = kind.category;
            n.domain = kind.domain;
            n.severity = *domain::severityFromInt(1 + static_cast<int>(rng() % 4));
            n.unitCode = place.code;
            n.location = storage::GeoPoint{20.85 + (percent(rng) - 50) * 0.001,
                                           106.68 + (percent(rng) - 50) * 0.001};
            n.drill = percent(rng) < 2;
            const auto created = out.first + step * i;
            n.responseDeadline = created + minutes(60);
            n.assignee = percent(rng) < 50 ? "officer" : "officer2";
            repo.create(n, "", officer, created);
            out.last = created;
        }
        tx.commit();
        std::cerr << "\rgenerated " << i << " / " << count << std::flush;
    }
    std::cerr << '\n';
    // Everything is closed but the newest 2 % and a random 1 % of the rest, which spread over
    // the open states; those past their response deadline are the overdue ones.
    storage::Transaction tx(db);
    db.exec("UPDATE incidents SET status = 'closed', closed_at = created_at + 3600000");
    const std::int64_t openFrom = count - count / 50;
    storage::Statement open(db, "UPDATE incidents SET status = ?, closed_at = NULL WHERE id = ?");
    std::int64_t stillOpen = 0;
    for (std::int64_t id = 1; id <= count; ++id) {
        if (id > openFrom || percent(rng) < 1) {
            open.bind(1, std::string_view(statuses[rng() % statuses.size()])).bind(2, id).run();
            ++stillOpen;
        }
    }
    tx.commit();
    db.exec("ANALYZE");
    std::cerr << "open incidents: " << stillOpen << '\n';
    return out;
}

} // namespace ioc::bench
