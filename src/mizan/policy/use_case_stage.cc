// Mizan — governance gateway for language models.

#include "mizan/policy/use_case_stage.h"

#include <algorithm>

namespace mizan::policy {
namespace {

// Use-case ids are echoed in refusals and flow records, so only id-shaped text is kept.
bool LooksLikeId(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

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
    std::string shown = LooksLikeId(id) ? "'" + id + "'" : "given";
    ctx.use_case_id = LooksLikeId(id) ? id : "(invalid)";
    return core::Decision::Refuse(
        StatusCode::kPermissionDenied, "mizan.usecase.unknown",
        "the use case " + shown + " is not registered; registered: " + KnownIds(config_));
  }
  ctx.use_case_id = id;
  return core::Decision::Continue();
}

}  // namespace mizan::policy
