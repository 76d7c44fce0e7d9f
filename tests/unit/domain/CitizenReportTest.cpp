// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/CitizenReport.h"
#include "ioc/domain/DuplicateGrouping.h"
#include "ioc/domain/ReportStats.h"
#include "ioc/domain/ReportValidation.h"
#include "ioc/domain/TextFold.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ioc::domain;
using namespace std::chrono_literals;

namespace {
const Actor kOfficer{1, "officer", Role::Officer};
const Actor kWall{2, "wall", Role::Wall};
// Roughly Lê Chân and the city: two boxes, as the server builds them from units.json.
const std::vector<GeoBox> kCity{{20.80, 106.60, 20.90, 106.75}, {20.60, 106.50, 20.80, 106.80}};

TimePoint at(int minutes)
{
    return TimePoint{} + std::chrono::hours(24 * 20000) + std::chrono::minutes(minutes);
}

DuplicateCandidate report(std::int64_t id, int minute, double lat, double lon, std::string text)
{
    return {id, at(minute), lat, lon, "", std::move(text)};
}

ReportDraft goodDraft()
{
    ReportDraft d;
    d.text = "Ngập sâu khoảng 40 cm trên đường Lạch Tray";
    d.category = "flooding";
    d.lat = 20.84;
    d.lon = 106.69;
    return d;
}

std::string jpeg(std::size_t size = 100)
{
    std::string b(size, '\0');
    b[0] = '\xFF';
    b[1] = '\xD8';
    b[2] = '\xFF';
    b[3] = '\xE0';
    return b;
}
} // namespace

TEST(TextFold, FoldsVietnameseMarksAndCase)
{
    EXPECT_EQ(foldVietnamese("Ngập sâu ở Đường Lạch Tray"), "ngap sau o duong lach tray");
    EXPECT_EQ(foldVietnamese("ỨNG PHÓ"), "ung pho");
    // Combining marks (decomposed input) fold the same way: "a" + U+0301.
    EXPECT_EQ(foldVietnamese("a\xCC\x81"), "a");
    EXPECT_EQ(foldedTokens("Cây đổ, chắn đường!"),
              (std::set<std::string>{"cay", "do", "chan", "duong"}));
    EXPECT_EQ(codePointCount("Hải Phòng"), 9u);
}

TEST(TextFold, JaccardOfWordSets)
{
    EXPECT_DOUBLE_EQ(jaccard({"a", "b"}, {"b", "c"}), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
}

TEST(DuplicateGrouping, SameEventWrittenWithAndWithoutDiacriticsIsOneGroup)
{
    const std::vector<DuplicateCandidate> reports{
        report(1, 0, 20.8561, 106.6822, "Ngập sâu trên đường Lạch Tray, xe máy chết máy"),
        report(2, 20, 20.8570, 106.6830, "duong lach tray ngap sau qua, xe chet may nhieu"),
        report(3, 45, 20.8565, 106.6815, "Đường Lạch Tray ngập sâu, nước tràn vào nhà"),
        // Same words, but 5 km away: another place.
        report(4, 10, 20.8100, 106.7200, "Ngập sâu trên đường Lạch Tray, xe máy chết máy"),
        // Same place and time, other subject.
        report(5, 15, 20.8562, 106.6821, "Đèn đường không sáng cả tuần nay"),
        // Same place and words, but two days later.
        report(6, 2 * 24 * 60, 20.8561, 106.6822, "Ngập sâu trên đường Lạch Tray"),
    };
    const auto groups = groupDuplicates(reports);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(DuplicateGrouping, ThresholdsAreConfigurable)
{
    const auto a = report(1, 0, 20.8561, 106.6822, "cây đổ chắn ngang đường Tô Hiệu");
    const auto b = report(2, 30, 20.8600, 106.6822, "cay do chan ngang duong To Hieu");
    EXPECT_GT(distanceMetres(20.8561, 106.6822, 20.8600, 106.6822), 400.0);
    EXPECT_FALSE(likelyDuplicates(a, b));
    DuplicateThresholds wide;
    wide.maxDistanceM = 600;
    EXPECT_TRUE(likelyDuplicates(a, b, wide));
    wide.maxGap = 10min;
    EXPECT_FALSE(likelyDuplicates(a, b, wide));
}

TEST(DuplicateGrouping, WithoutPointsTheSameUnitCounts)
{
    DuplicateCandidate a{
        1, at(0), std::nullopt, std::nullopt, "11311", "rác thải đổ trộm ven sông Tam Bạc"};
    DuplicateCandidate b{
        2, at(60), std::nullopt, std::nullopt, "11311", "Rac thai do trom o ven song Tam Bac"};
    EXPECT_TRUE(likelyDuplicates(a, b));
    b.unitCode = "11320";
    EXPECT_FALSE(likelyDuplicates(a, b));
}

TEST(DuplicateGrouping, ChainsAreTransitive)
{
    // 1~2 and 2~3 (each 250 m apart), 1 and 3 are 500 m apart.
    const std::vector<DuplicateCandidate> reports{
        report(3, 0, 20.8500, 106.6800, "khói đen bốc lên từ kho hàng"),
        report(1, 0, 20.8545, 106.6800, "khói đen bốc lên từ kho hàng"),
        report(2, 0, 20.85225, 106.6800, "khói đen bốc lên từ kho hàng"),
    };
    const auto groups = groupDuplicates(reports);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(ReportLifecycle, ForwardAnswerAccept)
{
    auto s = decideReportAction({ReportStatus::Received}, ReportAction::Forward, kOfficer, "");
    ASSERT_EQ(std::get<ReportStatus>(s), ReportStatus::Forwarded);
    auto early = decideReportAction({ReportStatus::Forwarded, false}, ReportAction::AcceptAnswer,
                                    kOfficer, "");
    EXPECT_EQ(std::get<Refusal>(early).code, "no_answer_yet");
    EXPECT_EQ(std::get<ReportStatus>(decideReportAction({ReportStatus::Forwarded, false},
                                                        ReportAction::RecordAnswer, kOfficer,
                                                        "Đã hút nước xong")),
              ReportStatus::Forwarded);
    EXPECT_EQ(std::get<ReportStatus>(decideReportAction({ReportStatus::Forwarded, true},
                                                        ReportAction::AcceptAnswer, kOfficer, "")),
              ReportStatus::Answered);
    EXPECT_EQ(std::get<ReportStatus>(
                  decideReportAction({ReportStatus::Answered}, ReportAction::Close, kOfficer, "")),
              ReportStatus::Closed);
}

TEST(ReportLifecycle, RefusalsSayWhy)
{
    auto wall = decideReportAction({ReportStatus::Received}, ReportAction::Reject, kWall, "x");
    EXPECT_EQ(std::get<Refusal>(wall).httpStatus(), 403);
    auto noReason =
        decideReportAction({ReportStatus::Triaged}, ReportAction::Reject, kOfficer, " ");
    EXPECT_EQ(std::get<Refusal>(noReason).code, "reason_required");
    EXPECT_EQ(std::get<Refusal>(noReason).httpStatus(), 400);
    auto twice = decideReportAction({ReportStatus::Incident}, ReportAction::Merge, kOfficer, "");
    EXPECT_EQ(std::get<Refusal>(twice).code, "invalid_transition");
    EXPECT_EQ(std::get<Refusal>(twice).httpStatus(), 409);
    EXPECT_EQ(std::get<ReportStatus>(decideReportAction(
                  {ReportStatus::Merged}, ReportAction::Answer, kOfficer, "Đã xử lý")),
              ReportStatus::Answered);
}

TEST(ReportLifecycle, PublicStatusCarriesOnlyThePublicDetail)
{
    EXPECT_EQ(publicStatusFor(ReportStatus::Triaged, "").status, "received");
    const auto f = publicStatusFor(ReportStatus::Forwarded, "UBND phường Lê Chân");
    EXPECT_EQ(f.status, "in_progress");
    EXPECT_NE(f.message.find("UBND phường Lê Chân"), std::string::npos);
    EXPECT_EQ(publicStatusFor(ReportStatus::Answered, "Đã khơi thông cống").message,
              "Đã khơi thông cống");
    EXPECT_EQ(publicStatusFor(ReportStatus::Rejected, "Không thuộc địa bàn").status, "rejected");
}

TEST(ReportLifecycle, UrgencyRisesWithDuplicatesAndWaiting)
{
    EXPECT_EQ(reportUrgency("lighting", 1, 0min), 1);
    EXPECT_EQ(reportUrgency("lighting", 3, 0min), 2);
    EXPECT_EQ(reportUrgency("lighting", 3, 3h), 3);
    EXPECT_EQ(reportUrgency("fire", 5, 3h), 4);
    EXPECT_EQ(reportUrgency("unknown", 1, 0min), 1);
}

TEST(ReportValidation, AcceptsAGoodReport)
{
    auto d = goodDraft();
    d.photos = {jpeg()};
    EXPECT_FALSE(validateReport(d, kCity));
    d.lat.reset();
    d.lon.reset();
    d.address = "Số 5 Lạch Tray, Lê Chân";
    EXPECT_FALSE(validateReport(d, kCity));
}

TEST(ReportValidation, RefusesEachBadField)
{
    auto code = [](const ReportDraft& d, const ReportLimits& l = {}) {
        auto r = validateReport(d, kCity, l);
        return r ? r->code : std::string("ok");
    };
    auto d = goodDraft();
    d.text = "ngập";
    EXPECT_EQ(code(d), "text_too_short");
    d.text = std::string(2001, 'a');
    EXPECT_EQ(code(d), "text_too_long");
    // 2,000 Vietnamese letters are 2,000 characters, not 4,000+ bytes.
    d.text.clear();
    for (int i = 0; i < 2000; ++i)
        d.text += "ậ";
    EXPECT_EQ(code(d), "ok");
    d = goodDraft();
    d.category = "aliens";
    EXPECT_EQ(code(d), "unknown_category");
    d = goodDraft();
    d.lat.reset();
    d.lon.reset();
    EXPECT_EQ(code(d), "location_required");
    d = goodDraft();
    d.lat = 21.03; // Hà Nội
    d.lon = 105.85;
    EXPECT_EQ(code(d), "outside_city");
    d.lat = std::nan("");
    EXPECT_EQ(code(d), "outside_city");
    d = goodDraft();
    d.photos = {jpeg(), jpeg(), jpeg(), jpeg(), jpeg()};
    EXPECT_EQ(code(d), "too_many_photos");
    d.photos = {"GIF89a.........."};
    EXPECT_EQ(code(d), "not_an_image");
    ReportLimits small;
    small.maxPhotoBytes = 50;
    d.photos = {jpeg(51)};
    auto r = validateReport(d, kCity, small);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
    EXPECT_EQ(r->field, "photos[0]");
}

TEST(ReportValidation, SniffsImagesByContent)
{
    EXPECT_EQ(sniffImage(jpeg()), ImageType::Jpeg);
    EXPECT_EQ(sniffImage(std::string("\x89PNG\r\n\x1a\n....", 12)), ImageType::Png);
    EXPECT_EQ(sniffImage("<html>"), ImageType::None);
    EXPECT_EQ(sniffImage(""), ImageType::None);
}

TEST(ReportStats, OnTimeOverdueAndMedian)
{
    const TimePoint t0 = at(0);
    std::vector<ReportFacts> facts;
    // Forwarded to Lê Chân, answered and accepted within its 24-h deadline.
    facts.push_back({"11311", "flooding", ReportStatus::Answered, t0, t0 + 10h,
                     "UBND phường Lê Chân", t0 + 24h, t0 + 9h});
    // Answered directly after 80 h: late against the 72-h target.
    facts.push_back({"11311", "lighting", ReportStatus::Closed, t0, t0 + 80h, "", {}, {}});
    // Forwarded, the unit has not answered, deadline passed.
    facts.push_back({"11320",
                     "environment",
                     ReportStatus::Forwarded,
                     t0,
                     {},
                     "Công ty Môi trường đô thị",
                     t0 + 4h,
                     {}});
    // Rejected after 2 h: handled on time.
    facts.push_back({"", "other", ReportStatus::Rejected, t0, t0 + 2h, "", {}, {}});
    const auto s = computeReportStats(facts, t0 + 30h);
    EXPECT_EQ(s.total.received, 4);
    EXPECT_EQ(s.total.handled, 3);
    EXPECT_EQ(s.total.handledOnTime, 2);
    EXPECT_EQ(s.total.open, 1);
    ASSERT_TRUE(s.medianAnswerSeconds);
    EXPECT_DOUBLE_EQ(*s.medianAnswerSeconds, 10 * 3600.0);
    EXPECT_EQ(s.overdueByUnit.at("Công ty Môi trường đô thị"), 1);
    EXPECT_EQ(s.byUnit.at("11311").received, 2);
    EXPECT_EQ(s.byUnit.at("11311").handledOnTime, 1);
    EXPECT_EQ(s.byCategory.at("environment").open, 1);
}
