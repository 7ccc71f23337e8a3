// Mizan — governance gateway for language models.

#include "mizan/privacy/privacy_stage.h"

#include <gtest/gtest.h>

namespace mizan::privacy {
namespace {

TEST(PrivacyStageTest, RewritesEveryMessageAndSetsPseudonymisedQuestion) {
  core::RequestContext ctx;
  ctx.request.messages = {{"system", "Client joignable au 0612345678."},
                          {"user", "Première question"},
                          {"assistant", "Réponse"},
                          {"user", "Ma CIN BE123456 et mon tel 0612345678 ?"}};
  auto decision = PrivacyStage().Process(ctx);
  ASSERT_TRUE(decision.ok());
  EXPECT_TRUE(decision->proceeds());
  EXPECT_EQ(ctx.request.messages[0].content, "Client joignable au [PHONE_1].");
  EXPECT_EQ(ctx.question, "Ma CIN [CIN_1] et mon tel [PHONE_1] ?");
  EXPECT_EQ(ctx.pseudonymised_categories.at("CIN"), 1);
  EXPECT_EQ(ctx.pseudonyms.size(), 2u);
  for (const auto& message : ctx.request.messages) {
    EXPECT_EQ(message.content.find("0612345678"), std::string::npos);
  }
}

TEST(OutputCheckStageTest, MasksPersonalDataInAnswerAndQuotes) {
  core::RequestContext ctx;
  ctx.answer.text = "Contact: agent@example.ma";
  ctx.answer.citations.push_back(core::Citation{});
  ctx.answer.citations[0].quote = "Appelez le 0522123456";
  ASSERT_TRUE(OutputCheckStage().Process(ctx).ok());
  EXPECT_EQ(ctx.answer.text, "Contact: [EMAIL]");
  EXPECT_EQ(ctx.answer.citations[0].quote, "Appelez le [PHONE]");
  EXPECT_EQ(ctx.output_redactions.at("EMAIL"), 1);
}

}  // namespace
}  // namespace mizan::privacy
