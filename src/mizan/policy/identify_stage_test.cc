// Mizan — governance gateway for language models.

#include "mizan/policy/identify_stage.h"

#include <gtest/gtest.h>

#include "mizan/base/hash.h"

namespace mizan::policy {
namespace {

IdentifyStage StageWithKey() {
  return IdentifyStage({core::KeyConfig{"school-app", "app", Sha256Hex("sk-right")}});
}

TEST(IdentifyStageTest, KnownKeyBecomesPrincipalAndIsDropped) {
  core::RequestContext ctx;
  ctx.request.api_key = "sk-right";
  auto decision = StageWithKey().Process(ctx);
  ASSERT_TRUE(decision.ok());
  EXPECT_TRUE(decision->proceeds());
  EXPECT_EQ(ctx.principal.id, "school-app");
  EXPECT_EQ(ctx.principal.role, "app");
  EXPECT_FALSE(ctx.request.api_key.has_value());
}

TEST(IdentifyStageTest, MissingOrUnknownKeyIsUnauthenticated) {
  core::RequestContext missing;
  auto refused = StageWithKey().Process(missing);
  EXPECT_EQ(refused->code, StatusCode::kUnauthenticated);
  EXPECT_EQ(refused->rule_id, "mizan.identify.missing_key");

  core::RequestContext wrong;
  wrong.request.api_key = "sk-wrong";
  auto unknown = StageWithKey().Process(wrong);
  EXPECT_EQ(unknown->code, StatusCode::kUnauthenticated);
  EXPECT_EQ(unknown->rule_id, "mizan.identify.unknown_key");
  EXPECT_EQ(unknown->reason.find("sk-wrong"), std::string::npos);
}

TEST(IdentifyStageTest, NoConfiguredKeysAdmitsAnonymous) {
  core::RequestContext ctx;
  ctx.request.api_key = "whatever";
  auto decision = IdentifyStage({}).Process(ctx);
  EXPECT_TRUE(decision->proceeds());
  EXPECT_EQ(ctx.principal.id, "anonymous");
  EXPECT_FALSE(ctx.request.api_key.has_value());
}

}  // namespace
}  // namespace mizan::policy
