// Mizan — governance gateway for language models.

#include "mizan/policy/use_case_stage.h"

#include <gtest/gtest.h>

namespace mizan::policy {
namespace {

TEST(UseCaseStageTest, DeclaredUseCaseIsResolved) {
  core::Config config = core::DefaultConfig();
  core::RequestContext ctx;
  ctx.request.use_case = "public-information";
  auto decision = UseCaseStage(config).Process(ctx);
  EXPECT_TRUE(decision->proceeds());
  EXPECT_EQ(ctx.use_case_id, "public-information");
}

TEST(UseCaseStageTest, DefaultAppliesWhenNoneDeclared) {
  core::Config config = core::DefaultConfig();
  core::RequestContext ctx;
  EXPECT_TRUE(UseCaseStage(config).Process(ctx)->proceeds());
  EXPECT_EQ(ctx.use_case_id, "public-information");
}

TEST(UseCaseStageTest, UndeclaredWithoutDefaultIsRefused) {
  core::Config config = core::DefaultConfig();
  config.default_use_case.clear();
  core::RequestContext ctx;
  auto decision = UseCaseStage(config).Process(ctx);
  EXPECT_EQ(decision->verdict, core::Verdict::kRefuse);
  EXPECT_EQ(decision->code, StatusCode::kInvalidArgument);
  EXPECT_EQ(decision->rule_id, "mizan.usecase.undeclared");
  EXPECT_NE(decision->reason.find("public-information"), std::string::npos);
}

TEST(UseCaseStageTest, UnknownUseCaseIsRefusedWithoutEchoingOddText) {
  core::Config config = core::DefaultConfig();
  core::RequestContext ctx;
  ctx.request.use_case = "scoring";
  auto decision = UseCaseStage(config).Process(ctx);
  EXPECT_EQ(decision->code, StatusCode::kPermissionDenied);
  EXPECT_EQ(decision->rule_id, "mizan.usecase.unknown");
  EXPECT_EQ(decision->reason.find("scoring"), std::string::npos);
  EXPECT_NE(decision->reason.find("public-information"), std::string::npos);
  EXPECT_EQ(ctx.use_case_id, "(unregistered)");

  core::RequestContext odd;
  odd.request.use_case = "my phone is 0612345678 <script>";
  auto refused = UseCaseStage(config).Process(odd);
  EXPECT_EQ(refused->reason.find("0612345678"), std::string::npos);
  EXPECT_EQ(odd.use_case_id, "(unregistered)");
}

}  // namespace
}  // namespace mizan::policy
