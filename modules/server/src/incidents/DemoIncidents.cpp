// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoIncidents.h"

#include "IncidentService.h"

#include <array>

namespace ioc::server {

namespace {
using domain::IncidentAction;
using domain::Severity;
using namespace std::chrono_literals;

struct DemoIncident
{
    const char *key;
    const char *title;
    const char *description;
    const char *category;
    Severity severity;
    const char *unitCode;
    double lat, lon;
    domain::IncidentSourceKind source;
    std::chrono::minutes deadlineFromNow; // negative: already overdue
    bool drill;
    int progress; // 0 new, 1 acknowledged, 2 in progress, 3 proposed, 4 closed
};

// Places are real: unit codes from Công văn 1027/CTK-CSCL, points from resources/map.
constexpr std::array kDemo{
    DemoIncident{"demo-1", "Ngập sâu đường Tô Hiệu, phường Lê Chân",
                 "Mưa lớn kéo dài, nước ngập 30–40 cm đoạn Tô Hiệu – Hồ Sen, xe máy chết máy.",
                 "flooding", Severity::High, "11383", 20.8448, 106.6829,
                 domain::IncidentSourceKind::Officer, 45min, false, 2},
    DemoIncident{"demo-2", "Tai nạn giao thông trên đường Lạch Tray",
                 "Va chạm giữa xe tải và xe máy gần Sân vận động Lạch Tray, một người bị thương.",
                 "traffic_accident", Severity::High, "11359", 20.8518, 106.6887,
                 domain::IncidentSourceKind::Alert, -20min, false, 1},
    DemoIncident{"demo-3", "Cháy kho hàng khu vực cảng Đình Vũ",
                 "Khói lớn bốc lên từ kho hàng, đã báo Cảnh sát PCCC.", "fire", Severity::Critical,
                 "11411", 20.8375, 106.7785, domain::IncidentSourceKind::CitizenReport, -5min,
                 false, 2},
    DemoIncident{"demo-4", "Sạt lở kè biển Đồ Sơn sau triều cường",
                 "Đoạn kè dài khoảng 20 m bị sạt, cần cảnh báo người dân và du khách.",
                 "storm_landslide", Severity::Critical, "11455", 20.709, 106.788,
                 domain::IncidentSourceKind::Department, 120min, false, 0},
    DemoIncident{"demo-5", "Cây đổ chắn đường Điện Biên Phủ",
                 "Cây xà cừ đổ sau giông, chắn một làn xe.", "infrastructure", Severity::Medium,
                 "11311", 20.8602, 106.6805, domain::IncidentSourceKind::Officer, 180min, false, 3},
    DemoIncident{"demo-6", "Tấn công từ chối dịch vụ Cổng dịch vụ công thành phố",
                 "Lưu lượng bất thường tới cổng dịch vụ công, thời gian phản hồi tăng mạnh.",
                 "cyber_incident", Severity::High, "", 0, 0, domain::IncidentSourceKind::Department,
                 -90min, false, 4},
    DemoIncident{"demo-7", "Diễn tập: cháy chung cư phường Ngô Quyền",
                 "Diễn tập phương án chữa cháy, cứu nạn tại chung cư cao tầng.", "fire",
                 Severity::High, "11329", 20.8661, 106.7045, domain::IncidentSourceKind::Officer,
                 60min, true, 2},
    DemoIncident{"demo-8", "Diễn tập: ngập úng khu vực phường Hải Dương",
                 "Diễn tập vận hành trạm bơm và phân luồng giao thông.", "flooding",
                 Severity::Medium, "10525", 20.9392, 106.3325, domain::IncidentSourceKind::Officer,
                 -30min, true, 1},
    DemoIncident{"demo-9", "Ùn tắc kéo dài trên cầu Bính", "Ùn tắc hai chiều do xe hỏng giữa cầu.",
                 "traffic_accident", Severity::Medium, "11560", 20.87674, 106.66884,
                 domain::IncidentSourceKind::Alert, 30min, false, 0},
    DemoIncident{"demo-10", "Chỉ số bụi mịn PM2.5 vượt ngưỡng tại phường Kiến An",
                 "Trạm quan trắc báo PM2.5 trên 75 µg/m³ trong 3 giờ liên tiếp.",
                 "environment_pollution", Severity::Low, "11443", 20.8215, 106.649,
                 domain::IncidentSourceKind::Alert, 240min, false, 0},
};
} // namespace

void seedDemoIncidents(IncidentService& incidents)
{
    const domain::Actor officer{0, "officer", domain::Role::Officer};
    const domain::Actor supervisor{0, "supervisor", domain::Role::Supervisor};
    for (const auto& d : kDemo) {
        storage::NewIncident n;
        n.title = d.title;
        n.description = d.description;
        n.category = d.category;
        if (const auto *c = incidents.categories().find(d.category))
            n.domain = c->domain;
        n.severity = d.severity;
        n.unitCode = d.unitCode;
        if (d.lat != 0)
            n.location = storage::GeoPoint{d.lat, d.lon};
        n.sourceKind = d.source;
        n.responseDeadline = incidents.now() + d.deadlineFromNow;
        n.drill = d.drill;
        if (n.unitCode.size())
            if (const auto *u = incidents.units().find(n.unitCode))
                n.responsibleUnit = "UBND " + u->fullName;
        auto created = incidents.create(n, d.key, officer);
        auto *ok = std::get_if<CreateOutcome>(&created);
        if (!ok || ok->replayed)
            continue;
        const std::string id = std::to_string(ok->detail.incident.id);
        const std::array steps{IncidentAction::Acknowledge, IncidentAction::Start,
                               IncidentAction::ProposeResolution};
        for (int i = 0; i < d.progress && i < 3; ++i) {
            std::map<std::string, std::string> skipped;
            if (steps[static_cast<std::size_t>(i)] == IncidentAction::ProposeResolution)
                if (const auto *c = incidents.categories().find(d.category))
                    for (const auto& s : c->checklist)
                        skipped[s.id] = "Dữ liệu mẫu (demo)";
            incidents.transition(id, steps[static_cast<std::size_t>(i)],
                                 i == 2 ? "Đã xử lý xong, đề nghị đóng" : "", skipped, officer);
        }
        if (d.progress >= 2 && !n.responsibleUnit.empty())
            incidents.forward(id,
                              {n.responsibleUnit, "Đầu mối tiếp nhận", "Đề nghị phối hợp xử lý",
                               incidents.now() + (d.deadlineFromNow < 0min ? 1min : 60min)},
                              officer);
        if (d.progress >= 2)
            incidents.addNote(id, "Đã liên hệ lực lượng tại chỗ, đang theo dõi qua camera.",
                              officer);
        if (d.progress >= 4)
            incidents.transition(id, IncidentAction::Approve, "", {}, supervisor);
    }
}

} // namespace ioc::server
