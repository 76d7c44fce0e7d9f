// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesCatalog.h"

#include <gtest/gtest.h>

#include <set>

using namespace ioc::server;

TEST(SeriesCatalog, BuiltinDemoCoversEveryMonitoringArea)
{
    auto cat = parseSeriesCatalog(builtinDemoCatalog());
    ASSERT_TRUE(cat) << cat.error().message;
    // Article 14.3 a–d plus the ten sectors of 14.3.đ.
    EXPECT_EQ(cat->domains.size(), 14u);
    std::set<std::string> used;
    for (const auto& s : cat->series) {
        used.insert(s.info.domain);
        ASSERT_TRUE(s.sim) << s.info.id;
        EXPECT_GT(s.info.expectedIntervalS, 0);
        EXPECT_FALSE(s.info.label.vi.empty());
        EXPECT_FALSE(s.info.label.en.empty());
    }
    EXPECT_EQ(used.size(), cat->domains.size());
}

TEST(SeriesCatalog, SeriesInheritsItsSourceIntervalUnlessOverridden)
{
    auto cat = parseSeriesCatalog(R"({"domains":[{"id":"d","label":{"vi":"Đ"}}],
      "sources":[{"id":"s","label":{"vi":"S"},"expected_interval_s":30}],
      "series":[{"id":"a","label":{"vi":"A"},"domain":"d","source":"s"},
                {"id":"b","label":{"vi":"B"},"domain":"d","source":"s","expected_interval_s":5}]})");
    ASSERT_TRUE(cat) << cat.error().message;
    EXPECT_EQ(cat->series[0].info.expectedIntervalS, 30);
    EXPECT_EQ(cat->series[1].info.expectedIntervalS, 5);
    EXPECT_EQ(cat->series[0].info.label.en, "A"); // English falls back to Vietnamese
}

TEST(SeriesCatalog, RejectsBrokenReferencesAndDuplicates)
{
    const std::string head = R"({"domains":[{"id":"d","label":{"vi":"Đ"}}],
      "sources":[{"id":"s","label":{"vi":"S"},"expected_interval_s":30}],"series":[)";
    auto bad = [&](const std::string& series) { return parseSeriesCatalog(head + series + "]}"); };
    EXPECT_EQ(bad(R"({"id":"a","label":{"vi":"A"},"domain":"x","source":"s"})").error().code,
              "unknown_domain");
    EXPECT_EQ(bad(R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"x"})").error().code,
              "unknown_source");
    EXPECT_EQ(bad(R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"s"},
                     {"id":"a","label":{"vi":"A"},"domain":"d","source":"s"})")
                  .error()
                  .code,
              "duplicate_id");
    EXPECT_FALSE(bad(R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"s","lat":95,"lon":1})"));
    EXPECT_FALSE(bad(R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"s","lat":20})"));
    EXPECT_FALSE(bad(R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"s","sim":{"model":"x"}})"));
    EXPECT_FALSE(bad(
        R"({"id":"a","label":{"vi":"A"},"domain":"d","source":"s","sim":{"model":"walk","base":1,"min":5,"max":0}})"));
    EXPECT_FALSE(parseSeriesCatalog("{not json"));
}

TEST(SeriesCatalog, ErrorsSayWhere)
{
    auto r = parseSeriesCatalog(R"({"domains":[],"sources":[{"id":"s","label":{"vi":"S"}}],"series":[]})");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("sources[0]"), std::string::npos);
}
