// Mizan — governance gateway for language models.

#include "mizan/core/pseudonym_token.h"

#include <gtest/gtest.h>

namespace mizan::core {
namespace {

TEST(PseudonymTokenTest, MakesAndRecognisesTokens) {
  EXPECT_EQ(MakePseudonymToken("PHONE", 12), "[PHONE_12]");
  EXPECT_EQ(PseudonymTokenLength("[PHONE_12] rest"), 10u);
  EXPECT_EQ(PseudonymTokenLength("[phone_1]"), 0u);
  EXPECT_EQ(PseudonymTokenLength("[PHONE_]"), 0u);
  EXPECT_EQ(PseudonymTokenLength("[_1]"), 0u);
  EXPECT_EQ(PseudonymTokenLength("[CIN_1"), 0u);
  EXPECT_EQ(PseudonymTokenLength("Article 1"), 0u);
}

TEST(PseudonymTokenTest, RemovesTokensOnly) {
  EXPECT_EQ(RemovePseudonymTokens("mon tel [PHONE_1], ma [CIN_2]."), "mon tel  , ma  .");
  EXPECT_EQ(RemovePseudonymTokens("[voir article 3] [X_1"), "[voir article 3] [X_1");
}

}  // namespace
}  // namespace mizan::core
