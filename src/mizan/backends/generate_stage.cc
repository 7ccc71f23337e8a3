// Mizan — governance gateway for language models.

#include "mizan/backends/generate_stage.h"

#include <algorithm>

#include "mizan/backends/messages.h"
#include "mizan/core/pseudonym_token.h"

namespace mizan::backends {

Result<core::Decision> GenerateStage::Process(core::RequestContext& ctx) const {
  const core::UseCaseConfig* use_case = config_.FindUseCase(ctx.use_case_id);
  if (use_case == nullptr) {
    return InternalError("use case was not resolved before generation");
  }
  std::vector<std::string> allowed = use_case->backends;
  if (allowed.empty()) {
    for (const auto& backend : config_.backends) {
      allowed.push_back(backend.name);
    }
  }
  std::string requested = ctx.request.model;
  if (requested.empty() || requested == "default") {
    requested = allowed.front();
  }
  const core::BackendConfig* backend = config_.FindBackend(requested);
  if (backend == nullptr) {
    return core::Decision::Refuse(
        StatusCode::kNotFound, "mizan.backend.unknown",
        // The requested name is caller text and is not echoed.
        "the requested model is not a configured backend; GET /v1/models lists them");
  }
  if (std::find(allowed.begin(), allowed.end(), backend->name) == allowed.end()) {
    return core::Decision::Refuse(
        StatusCode::kPermissionDenied, "mizan.backend.not_allowed",
        "use case '" + use_case->id + "' does not allow backend '" + backend->name + "'");
  }
  ctx.backend = backend->name;
  ctx.backend_residency = backend->residency;
  // The extractive responder matches words; tokens stand for values it must not match on.
  std::string_view tag = ReplyTag(ctx.question_language.tag, ctx.question_language.script);
  ctx.answer = responder_.Respond(core::RemovePseudonymTokens(ctx.question), tag, ctx.passages);
  return core::Decision::Continue();
}

}  // namespace mizan::backends
