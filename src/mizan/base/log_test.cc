// Mizan — governance gateway for language models.

#include "mizan/base/log.h"

#include <gtest/gtest.h>

namespace mizan::log {
namespace {

TEST(LogTest, FormatsEventAndFieldsAsLogfmt) {
  EXPECT_EQ(Format(Level::kInfo, "server.listening", {{"host", "127.0.0.1"}, {"port", 8080}}),
            "level=info event=server.listening host=127.0.0.1 port=8080");
}

TEST(LogTest, QuotesValuesThatWouldBreakTheLine) {
  EXPECT_EQ(Format(Level::kWarn, "config.default", {{"reason", "a \"b\"\nc"}}),
            "level=warn event=config.default reason=\"a \\\"b\\\"\\x0ac\"");
}

TEST(LogTest, LevelsFilterAndParse) {
  Level level = Level::kInfo;
  ASSERT_TRUE(ParseLevel("debug", &level));
  EXPECT_EQ(level, Level::kDebug);
  EXPECT_FALSE(ParseLevel("verbose", &level));
  SetLevel(Level::kWarn);
  EXPECT_FALSE(Enabled(Level::kInfo));
  EXPECT_TRUE(Enabled(Level::kError));
  SetLevel(Level::kInfo);
}

}  // namespace
}  // namespace mizan::log
