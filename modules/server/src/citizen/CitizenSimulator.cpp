// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenSimulator.h"

#include "ioc/domain/TextFold.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <sodium.h>
#include <stb_image_write.h>

#include <array>
#include <cmath>

namespace ioc::server {

namespace bj = boost::json;

namespace {
struct Template
{
    const char *category;
    const char *text; // {street} is replaced
};

// What Hải Phòng's citizens write about, by category.
constexpr std::array kTemplates{
    Template{"flooding", "Đường {street} ngập sâu khoảng 40 cm sau mưa lớn, xe máy chết máy hàng "
                         "loạt, đề nghị bơm thoát nước."},
    Template{"flooding",
             "Nước ngập tràn vào nhà dân trên đường {street}, cống thoát nước bị tắc rác."},
    Template{"fire", "Có khói đen bốc lên từ một kho hàng trên đường {street}, người dân đang dùng "
                     "bình chữa cháy."},
    Template{"traffic", "Va chạm giữa xe tải và xe máy trên đường {street}, có người bị thương, "
                        "giao thông ùn tắc."},
    Template{"traffic",
             "Đèn tín hiệu giao thông ở ngã tư đường {street} bị hỏng từ sáng, xe cộ đi lộn xộn."},
    Template{
        "environment",
        "Rác thải sinh hoạt đổ trộm thành đống ven đường {street}, bốc mùi hôi thối nhiều ngày."},
    Template{"environment", "Xưởng sản xuất trên đường {street} xả khói bụi và nước thải ra cống "
                            "chung, dân rất bức xúc."},
    Template{
        "infrastructure",
        "Mặt đường {street} bị sụt lún, xuất hiện ổ gà lớn gây nguy hiểm cho người đi xe máy."},
    Template{"infrastructure",
             "Nắp hố ga trên vỉa hè đường {street} bị vỡ, trẻ em đi học có thể bị ngã."},
    Template{"lighting",
             "Cả dãy đèn chiếu sáng trên đường {street} không sáng mấy tối nay, đi lại rất tối."},
    Template{"trees", "Cây xanh bị gãy cành lớn sau gió mạnh, chắn ngang một làn đường {street}."},
    Template{
        "urban_order",
        "Hàng quán lấn chiếm toàn bộ vỉa hè đường {street}, người đi bộ phải xuống lòng đường."},
    Template{
        "security",
        "Nhóm thanh niên tụ tập đua xe, nẹt pô gây mất trật tự trên đường {street} lúc đêm khuya."},
};

constexpr std::array kStreets{
    "Lạch Tray",     "Tô Hiệu",       "Trần Nguyên Hãn", "Nguyễn Văn Linh",   "Lê Thánh Tông",
    "Điện Biên Phủ", "Hoàng Văn Thụ", "Văn Cao",         "Lê Hồng Phong",     "Trần Phú",
    "Hùng Vương",    "Bạch Đằng",     "Phạm Văn Đồng",   "Nguyễn Bỉnh Khiêm", "Cầu Rào",
    "Trần Hưng Đạo", "Quang Trung",   "Lê Lợi",          "Ngô Quyền",         "Đà Nẵng",
};

constexpr std::array kSpam{
    "alo alo test thử ứng dụng",
    "Bán đất nền giá rẻ liên hệ 09xx xxx xxx",
    "aaaaaaaaaaaaaaaa",
};

constexpr std::array kNames{"Nguyễn Văn An",  "Trần Thị Bình", "Lê Minh Châu",
                            "Phạm Quốc Dũng", "Hoàng Thu Hà",  "Vũ Đức Long"};

void appendBytes(void *context, void *data, int size)
{
    static_cast<std::string *>(context)->append(static_cast<const char *>(data),
                                                static_cast<std::size_t>(size));
}

std::string base64(const std::string& bytes)
{
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

std::string replaceStreet(std::string text, const std::string& street)
{
    const auto at = text.find("{street}");
    if (at != std::string::npos)
        text.replace(at, 8, street);
    return text;
}
} // namespace

CitizenSimulator::CitizenSimulator(const UnitDirectory& units, std::uint32_t seed)
    : m_units(units)
    , m_rng(seed)
{}

std::string CitizenSimulator::scenePng(int width, int height, double water, std::uint32_t tint)
{
    std::vector<unsigned char> px(static_cast<std::size_t>(width) *
                                  static_cast<std::size_t>(height) * 3);
    const int horizon = height * 2 / 5;
    const int waterTop = height - static_cast<int>(water * (height - horizon));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            auto *p = &px[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                           static_cast<std::size_t>(x)) *
                          3];
            if (y < horizon) { // sky
                p[0] = static_cast<unsigned char>(150 + 60 * y / horizon);
                p[1] = static_cast<unsigned char>(180 + 40 * y / horizon);
                p[2] = 230;
            } else if (y >= waterTop) { // brown flood water with ripples
                const int ripple = static_cast<int>(12 * std::sin(x * 0.15 + y * 0.4));
                p[0] = static_cast<unsigned char>(120 + ripple);
                p[1] = static_cast<unsigned char>(105 + ripple);
                p[2] = 80;
            } else { // road and houses
                const bool house = (x / 60) % 2 == 0 && y < horizon + (height - horizon) / 3;
                p[0] = static_cast<unsigned char>(house ? (tint >> 16) & 0xFF : 95);
                p[1] = static_cast<unsigned char>(house ? (tint >> 8) & 0xFF : 95);
                p[2] = static_cast<unsigned char>(house ? tint & 0xFF : 100);
            }
        }
    std::string png;
    stbi_write_png_to_func(appendBytes, &png, width, height, 3, px.data(), width * 3);
    return png;
}

std::string CitizenSimulator::body(const std::string& category, const std::string& text,
                                   const std::string& address,
                                   std::optional<std::pair<double, double>> point,
                                   domain::TimePoint at, const std::vector<std::string>& photos,
                                   bool withContact)
{
    bj::object location{{"address", address}};
    if (point) {
        location["lat"] = point->first;
        location["lon"] = point->second;
    }
    bj::array photoList;
    for (const auto& p : photos)
        photoList.push_back(bj::string(base64(p)));
    bj::object o{{"report_id",
                  "SIM-" + std::to_string(++m_counter) + "-" + std::to_string(m_rng() % 100000)},
                 {"text", text},
                 {"category", category},
                 {"location", std::move(location)},
                 {"observed_at", domain::formatRfc3339(at)},
                 {"photos", std::move(photoList)}};
    if (withContact)
        o["contact"] = bj::object{{"name", kNames[m_rng() % kNames.size()]},
                                  {"phone", "09" + std::to_string(10000000 + m_rng() % 89999999)}};
    return bj::serialize(o);
}

CitizenSimulator::Body CitizenSimulator::report(domain::TimePoint at, bool withPhoto)
{
    const auto& t = kTemplates[m_rng() % kTemplates.size()];
    // Most reports come from the wards of the urban core, where the named streets are.
    const auto& unit = pickUnit(m_rng() % 10 < 7);
    const std::string street =
        unit.type == "ward" ? std::string(kStreets[m_rng() % kStreets.size()]) : "trục xã";
    std::uniform_real_distribution<double> jitter(-0.0012, 0.0012); // about ±130 m
    const double lat = unit.lat + jitter(m_rng), lon = unit.lon + jitter(m_rng);
    const std::string text = replaceStreet(t.text, street);
    const std::string address =
        (unit.type == "ward" ? "Đường " + street : std::string("Đường trục xã")) + ", " +
        unit.fullName;
    std::vector<std::string> photos;
    if (withPhoto || m_rng() % 3 == 0)
        photos.push_back(scenePng(480, 360, std::string_view(t.category) == "flooding" ? 0.45 : 0.0,
                                  0xB0A090u + m_rng() % 0x202020u));
    m_recent.push_back({t.category, text, address, lat, lon, at});
    if (m_recent.size() > 8)
        m_recent.erase(m_recent.begin());
    return {body(t.category, text, address, std::pair{lat, lon}, at, photos, m_rng() % 2 == 0),
            "report"};
}

const AdminUnitInfo& CitizenSimulator::pickUnit(bool ward)
{
    std::vector<const AdminUnitInfo *> matching;
    for (const auto& u : m_units.units)
        if ((u.type == "ward") == ward)
            matching.push_back(&u);
    if (matching.empty())
        return m_units.units[m_rng() % m_units.units.size()];
    return *matching[m_rng() % matching.size()];
}

CitizenSimulator::Body CitizenSimulator::duplicate(domain::TimePoint at)
{
    const auto& orig = m_recent[m_rng() % m_recent.size()];
    std::uniform_real_distribution<double> jitter(-0.0005, 0.0005); // about ±55 m
    // A neighbour writes the same thing, often on a phone without Vietnamese input.
    std::string text = m_rng() % 2 ? domain::foldVietnamese(orig.text) : orig.text;
    text = "Bổ sung: " + text;
    return {body(orig.category, text, orig.address,
                 std::pair{orig.lat + jitter(m_rng), orig.lon + jitter(m_rng)}, at, {}, true),
            "duplicate"};
}

CitizenSimulator::Body CitizenSimulator::junk(domain::TimePoint at)
{
    const auto& unit = m_units.units[m_rng() % m_units.units.size()];
    switch (m_rng() % 4) {
    case 0: // spam: accepted, an officer rejects it
        return {body("other", kSpam[m_rng() % kSpam.size()], unit.fullName,
                     std::pair{unit.lat, unit.lon}, at, {}, false),
                "spam"};
    case 1: // a point in Hà Nội
        return {body("flooding", "Ngập nặng trên phố Hàng Bài, nước lên tới đầu gối.",
                     "Hàng Bài, Hà Nội", std::pair{21.0245, 105.8530}, at, {}, false),
                "refusal"};
    case 2: // an HTML page sent as a "photo"
        return {body("lighting", "Đèn đường hỏng ở đầu ngõ nhà tôi, nhờ xử lý giúp.", unit.fullName,
                     std::pair{unit.lat, unit.lon}, at, {"<html><body>not a photo</body></html>"},
                     false),
                "refusal"};
    default: // too short to act on
        return {body("other", "ngập", unit.fullName, std::pair{unit.lat, unit.lon}, at, {}, false),
                "refusal"};
    }
}

CitizenSimulator::Body CitizenSimulator::next(domain::TimePoint at)
{
    const auto roll = m_rng() % 100;
    if (roll < 10)
        return junk(at);
    if (roll < 35 && !m_recent.empty())
        return duplicate(at);
    return report(at, false);
}

CitizenSimulator::Body CitizenSimulator::first(domain::TimePoint at)
{
    const auto *unit = m_units.find("11383");
    if (!unit)
        unit = &m_units.units.front();
    const std::string text =
        "Đường Lạch Tray đoạn trước cổng Trường Đại học Hàng Hải ngập sâu khoảng "
        "50 cm, nhiều xe máy chết máy, đề nghị bơm thoát nước gấp.";
    const std::string address = "Đường Lạch Tray, " + unit->fullName;
    m_recent.push_back({"flooding", text, address, unit->lat, unit->lon, at});
    return {body("flooding", text, address, std::pair{unit->lat, unit->lon}, at,
                 {scenePng(640, 480, 0.5, 0xC8B496u)}, true),
            "report"};
}

} // namespace ioc::server
