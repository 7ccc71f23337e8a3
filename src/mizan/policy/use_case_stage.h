// Mizan — governance gateway for language models.
//
// UseCaseStage (DESIGN.md step 2): every request must serve a registered purpose. The use
// case comes from `metadata.use_case` or the X-Mizan-Use-Case header, else from the
// configured default_use_case. None declared and no default: refused with kInvalidArgument
// (rule mizan.usecase.undeclared). Declared but unknown: refused with kPermissionDenied
// (rule mizan.usecase.unknown). The full registry (legal basis, data categories, risk tier,
// oversight) comes with the policy work.
//
// Thread-safe.

#ifndef MIZAN_POLICY_USE_CASE_STAGE_H_
#define MIZAN_POLICY_USE_CASE_STAGE_H_

#include "mizan/core/config.h"
#include "mizan/core/stage.h"

namespace mizan::policy {

class UseCaseStage : public core::Stage {
 public:
  explicit UseCaseStage(const core::Config& config) : config_(config) {}

  // core::Stage
  std::string_view name() const override { return "use_case"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;

 private:
  const core::Config& config_;
};

}  // namespace mizan::policy

#endif  // MIZAN_POLICY_USE_CASE_STAGE_H_
