// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/TopicFilter.h"

#include <gtest/gtest.h>

using namespace ioc::server;

TEST(TopicFilter, ExactTopics)
{
    EXPECT_TRUE(topicMatches("hp/air/s1/pm25", "hp/air/s1/pm25"));
    EXPECT_FALSE(topicMatches("hp/air/s1/pm25", "hp/air/s1/pm10"));
    EXPECT_FALSE(topicMatches("hp/air/s1", "hp/air/s1/pm25"));
    EXPECT_FALSE(topicMatches("hp/air/s1/pm25", "hp/air/s1"));
}

TEST(TopicFilter, PlusIsExactlyOneLevel)
{
    EXPECT_TRUE(topicMatches("hp/air/+/pm25", "hp/air/s1/pm25"));
    EXPECT_TRUE(topicMatches("hp/air/+/pm25", "hp/air//pm25")); // an empty level is a level
    EXPECT_FALSE(topicMatches("hp/air/+/pm25", "hp/air/s1/x/pm25"));
    EXPECT_FALSE(topicMatches("hp/air/+", "hp/air"));
    EXPECT_TRUE(topicMatches("+/+", "a/b"));
    EXPECT_TRUE(topicMatches("+", "a"));
    EXPECT_FALSE(topicMatches("+", "a/b"));
}

TEST(TopicFilter, HashIsTheRestIncludingTheParent)
{
    EXPECT_TRUE(topicMatches("hp/water/#", "hp/water/cam/level"));
    EXPECT_TRUE(topicMatches("hp/water/#", "hp/water/x"));
    EXPECT_TRUE(topicMatches("hp/water/#", "hp/water"));
    EXPECT_FALSE(topicMatches("hp/water/#", "hp/air/x"));
    EXPECT_TRUE(topicMatches("#", "anything/at/all"));
    EXPECT_TRUE(topicMatches("hp/+/#", "hp/air/s1/pm25"));
}

TEST(TopicFilter, DollarTopicsAreNotMatchedByLeadingWildcards)
{
    EXPECT_FALSE(topicMatches("#", "$SYS/broker/uptime"));
    EXPECT_FALSE(topicMatches("+/broker/uptime", "$SYS/broker/uptime"));
    EXPECT_TRUE(topicMatches("$SYS/#", "$SYS/broker/uptime"));
}

TEST(TopicFilter, TopicsWithWildcardsNeverMatch)
{
    EXPECT_FALSE(topicMatches("#", "a/+"));
    EXPECT_FALSE(topicMatches("a/#", "a/#"));
    EXPECT_FALSE(topicMatches("#", ""));
}

TEST(TopicFilter, Validation)
{
    EXPECT_FALSE(topicFilterError("hp/air/+/pm25"));
    EXPECT_FALSE(topicFilterError("hp/#"));
    EXPECT_FALSE(topicFilterError("#"));
    EXPECT_FALSE(topicFilterError("+/+/+"));
    EXPECT_TRUE(topicFilterError(""));
    EXPECT_TRUE(topicFilterError("hp/#/x"));
    EXPECT_TRUE(topicFilterError("hp/a#"));
    EXPECT_TRUE(topicFilterError("hp/a+/x"));
    EXPECT_TRUE(topicFilterError("hp/++"));
}

TEST(TopicFilter, SeriesPatternFromTopicLevels)
{
    EXPECT_EQ(expandSeriesPattern("air.{3}.pm25", "hp/air/s1/pm25"), "air.s1.pm25");
    EXPECT_EQ(expandSeriesPattern("{2}.{3}", "hp/air/s1"), "air.s1");
    EXPECT_EQ(expandSeriesPattern("x.{4}", "hp/air/s1"), std::nullopt);  // no level 4
    EXPECT_EQ(expandSeriesPattern("x.{3}", "hp/air//pm"), std::nullopt); // empty level
}

TEST(TopicFilter, SeriesPatternValidation)
{
    EXPECT_FALSE(seriesPatternError("air.{3}.pm25", "hp/air/+/pm25"));
    EXPECT_FALSE(seriesPatternError("air.{5}", "hp/air/#")); // '#' may supply level 5
    EXPECT_TRUE(seriesPatternError("air.{5}", "hp/air/+/pm25"));
    EXPECT_TRUE(seriesPatternError("air.pm25", "hp/air/+/pm25")); // no reference at all
    EXPECT_TRUE(seriesPatternError("air.{0}", "hp/air/+/pm25"));
    EXPECT_TRUE(seriesPatternError("air.{x}", "hp/air/+/pm25"));
    EXPECT_TRUE(seriesPatternError("air.{3", "hp/air/+/pm25"));
    EXPECT_TRUE(seriesPatternError("air.3}", "hp/air/+/pm25"));
}
