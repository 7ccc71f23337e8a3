// Mizan — governance gateway for language models.

#include "mizan/core/chain.h"

#include <chrono>
#include <exception>

#include "mizan/base/log.h"

namespace mizan::core {
namespace {

Decision FailedClosed(std::string_view stage, const Status& status) {
  return Decision::Refuse(
      status.code() == StatusCode::kUnavailable ? StatusCode::kUnavailable : StatusCode::kInternal,
      "mizan.stage_failed",
      "stage '" + std::string(stage) +
          "' could not complete, so the request was refused: " + status.message());
}

}  // namespace

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kContinue:
      return "continue";
    case Verdict::kRefuse:
      return "refuse";
    case Verdict::kHold:
      return "hold";
  }
  return "refuse";
}

Chain::Chain(std::vector<std::unique_ptr<Stage>> stages) : stages_(std::move(stages)) {}

Decision Chain::Run(RequestContext& ctx) const {
  ctx.decision = Decision::Continue();
  for (const auto& stage : stages_) {
    auto started = std::chrono::steady_clock::now();
    Decision decision;
    try {
      Result<Decision> result = stage->Process(ctx);
      decision =
          result.ok() ? std::move(result).value() : FailedClosed(stage->name(), result.status());
    } catch (const std::exception& e) {
      // Libraries that throw are meant to be caught inside their module; reaching here is a
      // bug, and the request is refused rather than let through.
      MIZAN_LOG_ERROR("chain.stage_threw", {"stage", stage->name()}, {"request", ctx.request_id});
      decision = FailedClosed(stage->name(), InternalError("unexpected internal error"));
    }
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now() - started)
                      .count();
    ctx.trace.push_back(
        StageTrace{std::string(stage->name()), std::string(VerdictName(decision.verdict)), micros});
    if (!decision.proceeds()) {
      MIZAN_LOG_DEBUG("chain.stopped", {"stage", stage->name()}, {"rule", decision.rule_id},
                      {"request", ctx.request_id});
      ctx.decision = std::move(decision);
      return ctx.decision;
    }
  }
  return ctx.decision;
}

std::vector<std::string> Chain::StageNames() const {
  std::vector<std::string> names;
  for (const auto& stage : stages_) {
    names.emplace_back(stage->name());
  }
  return names;
}

}  // namespace mizan::core
