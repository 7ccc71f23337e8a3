// Mizan — governance gateway for language models.

#include "mizan/backends/generate_stage.h"

#include <gtest/gtest.h>

namespace mizan::backends {
namespace {

class GenerateStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = core::DefaultConfig();
    config_.backends.push_back(core::BackendConfig{"other", "extractive", "foreign", "X", "FR"});
    config_.use_cases[0].backends = {"mizan-extractive"};
    ctx_.use_case_id = "public-information";
    ctx_.question = "question";
    ctx_.question_language.tag = "fr";
  }
  core::Config config_;
  text::Analyzer analyzer_;
  ExtractiveResponder responder_{analyzer_, ResponderOptions{}};
  core::RequestContext ctx_;
};

TEST_F(GenerateStageTest, DefaultsToTheUseCasesFirstBackend) {
  auto decision = GenerateStage(config_, responder_).Process(ctx_);
  ASSERT_TRUE(decision.ok());
  EXPECT_TRUE(decision->proceeds());
  EXPECT_EQ(ctx_.backend, "mizan-extractive");
  EXPECT_EQ(ctx_.backend_residency, "local");
  EXPECT_FALSE(ctx_.answer.text.empty());
}

TEST_F(GenerateStageTest, UnidentifiedLatinQuestionsAreAnsweredInFrench) {
  ctx_.question_language = {"und", "Latn", 0.0, "rules"};
  ASSERT_TRUE(GenerateStage(config_, responder_).Process(ctx_).ok());
  EXPECT_EQ(ctx_.answer.language, "fr");
  ctx_.question_language = {"und", "Tfng", 0.0, "rules"};
  ASSERT_TRUE(GenerateStage(config_, responder_).Process(ctx_).ok());
  EXPECT_EQ(ctx_.answer.language, "zgh");
}

TEST_F(GenerateStageTest, UnknownModelIsNotFound) {
  ctx_.request.model = "gpt-x";
  auto decision = GenerateStage(config_, responder_).Process(ctx_);
  EXPECT_EQ(decision->code, StatusCode::kNotFound);
  EXPECT_EQ(decision->rule_id, "mizan.backend.unknown");
}

TEST_F(GenerateStageTest, BackendOutsideTheUseCaseIsRefused) {
  ctx_.request.model = "other";
  auto decision = GenerateStage(config_, responder_).Process(ctx_);
  EXPECT_EQ(decision->code, StatusCode::kPermissionDenied);
  EXPECT_EQ(decision->rule_id, "mizan.backend.not_allowed");
}

TEST_F(GenerateStageTest, UnresolvedUseCaseIsAnError) {
  ctx_.use_case_id = "nope";
  EXPECT_FALSE(GenerateStage(config_, responder_).Process(ctx_).ok());
}

}  // namespace
}  // namespace mizan::backends
