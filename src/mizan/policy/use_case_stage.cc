// Mizan — governance gateway for language models.

#include "mizan/policy/use_case_stage.h"

namespace mizan::policy {
namespace {

std::string KnownIds(const core::Config& config) {
  std::string ids;
  for (const auto& use_case : config.use_cases) {
    ids += (ids.empty() ? "" : ", ") + use_case.id;
  }
  return ids.empty() ? "(none configured)" : ids;
}

}  // namespace

Result<core::Decision> UseCaseStage::Process(core::RequestContext& ctx) const {
  std::string id = ctx.request.use_case.empty() ? config_.default_use_case : ctx.request.use_case;
  if (id.empty()) {
    return core::Decision::Refuse(
        StatusCode::kInvalidArgument, "mizan.usecase.undeclared",
        "no use case declared: set metadata.use_case or the X-Mizan-Use-Case header to one of: " +
            KnownIds(config_));
  }
  if (config_.FindUseCase(id) == nullptr) {
    // What the caller sent is neither echoed nor recorded: a stray value may be anything,
    // a phone number included.
    ctx.use_case_id = "(unregistered)";
    return core::Decision::Refuse(
        StatusCode::kPermissionDenied, "mizan.usecase.unknown",
        "the declared use case is not registered; registered: " + KnownIds(config_));
  }
  ctx.use_case_id = id;
  return core::Decision::Continue();
}

}  // namespace mizan::policy
