// Mizan — governance gateway for language models.

#include "mizan/base/ids.h"

#include <set>

#include <gtest/gtest.h>

#include "mizan/base/clock.h"

namespace mizan {
namespace {

TEST(IdsTest, RandomIdsHavePrefixFixedLengthAndDiffer) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = RandomId("rcpt_");
    ASSERT_EQ(id.size(), 5u + 26u);
    ASSERT_EQ(id.rfind("rcpt_", 0), 0u);
    ASSERT_EQ(id.find_first_of("ILOU", 5), std::string::npos);
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(ClockTest, FormatsRfc3339WithMillis) {
  EXPECT_EQ(FormatRfc3339Millis(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(FormatRfc3339Millis(1764780000123), "2025-12-03T16:40:00.123Z");
}

}  // namespace
}  // namespace mizan
