// Mizan — governance gateway for language models.

#include "mizan/core/chain.h"

#include <stdexcept>

#include <gtest/gtest.h>

namespace mizan::core {
namespace {

// A stage whose behaviour each test sets; counts how often it ran.
class ScriptedStage : public Stage {
 public:
  enum class Mode { kPass, kRefuse, kError, kThrow };
  ScriptedStage(std::string name, Mode mode, int* runs)
      : name_(std::move(name)), mode_(mode), runs_(runs) {}

  std::string_view name() const override { return name_; }
  Result<Decision> Process(RequestContext& ctx) const override {
    ++*runs_;
    ctx.question += name_;
    switch (mode_) {
      case Mode::kPass:
        return Decision::Continue();
      case Mode::kRefuse:
        return Decision::Refuse(StatusCode::kPermissionDenied, "test.rule", "refused by rule");
      case Mode::kError:
        return UnavailableError("database is locked");
      case Mode::kThrow:
        throw std::runtime_error("boom");
    }
    return Decision::Continue();
  }

 private:
  std::string name_;
  Mode mode_;
  int* runs_;
};

Chain MakeChain(ScriptedStage::Mode middle, int* runs) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<ScriptedStage>("a", ScriptedStage::Mode::kPass, runs));
  stages.push_back(std::make_unique<ScriptedStage>("b", middle, runs));
  stages.push_back(std::make_unique<ScriptedStage>("c", ScriptedStage::Mode::kPass, runs));
  return Chain(std::move(stages));
}

TEST(ChainTest, RunsEveryStageInOrderWhenAllPass) {
  int runs = 0;
  RequestContext ctx;
  Decision decision = MakeChain(ScriptedStage::Mode::kPass, &runs).Run(ctx);
  EXPECT_TRUE(decision.proceeds());
  EXPECT_EQ(ctx.question, "abc");
  ASSERT_EQ(ctx.trace.size(), 3u);
  EXPECT_EQ(ctx.trace[1].stage, "b");
  EXPECT_EQ(ctx.trace[1].verdict, "continue");
}

TEST(ChainTest, RefusalStopsTheChainAndKeepsTheRule) {
  int runs = 0;
  RequestContext ctx;
  Decision decision = MakeChain(ScriptedStage::Mode::kRefuse, &runs).Run(ctx);
  EXPECT_EQ(decision.verdict, Verdict::kRefuse);
  EXPECT_EQ(decision.rule_id, "test.rule");
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(ctx.decision.rule_id, "test.rule");
}

TEST(ChainTest, StageErrorFailsClosed) {
  int runs = 0;
  RequestContext ctx;
  Decision decision = MakeChain(ScriptedStage::Mode::kError, &runs).Run(ctx);
  EXPECT_EQ(decision.verdict, Verdict::kRefuse);
  EXPECT_EQ(decision.rule_id, "mizan.stage_failed");
  EXPECT_EQ(decision.code, StatusCode::kUnavailable);
  EXPECT_NE(decision.reason.find("stage 'b'"), std::string::npos);
  EXPECT_EQ(runs, 2);
}

TEST(ChainTest, ThrowingStageFailsClosed) {
  int runs = 0;
  RequestContext ctx;
  Decision decision = MakeChain(ScriptedStage::Mode::kThrow, &runs).Run(ctx);
  EXPECT_EQ(decision.verdict, Verdict::kRefuse);
  EXPECT_EQ(decision.code, StatusCode::kInternal);
  EXPECT_EQ(ctx.trace.back().verdict, "refuse");
}

}  // namespace
}  // namespace mizan::core
