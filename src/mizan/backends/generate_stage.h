// Mizan — governance gateway for language models.
//
// GenerateStage (DESIGN.md step 7): picks the backend — the model the caller named, or the
// use case's first allowed backend — checks the use case allows it, and produces the answer.
// This version serves the built-in extractive responder; OpenAI-compatible backends come with
// the routing work.
//
// Refusals: an unknown model is kNotFound (rule mizan.backend.unknown); a known backend the
// use case does not allow is kPermissionDenied (rule mizan.backend.not_allowed).
//
// Data posture: sees pseudonymised text only. Thread-safe.

#ifndef MIZAN_BACKENDS_GENERATE_STAGE_H_
#define MIZAN_BACKENDS_GENERATE_STAGE_H_

#include "mizan/backends/extractive_responder.h"
#include "mizan/core/config.h"
#include "mizan/core/stage.h"

namespace mizan::backends {

class GenerateStage : public core::Stage {
 public:
  GenerateStage(const core::Config& config, const ExtractiveResponder& responder)
      : config_(config), responder_(responder) {}

  // core::Stage
  std::string_view name() const override { return "generate"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;

 private:
  const core::Config& config_;
  const ExtractiveResponder& responder_;
};

}  // namespace mizan::backends

#endif  // MIZAN_BACKENDS_GENERATE_STAGE_H_
