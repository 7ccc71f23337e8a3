// Mizan — governance gateway for language models.
//
// PrivacyStage (DESIGN.md step 4): pseudonymises every message of the request in place and
// sets the question the rest of the chain answers (the last user message, pseudonymised).
// From this stage on, no stage sees the raw personal values; the originals stay in
// ctx.pseudonyms, in memory, for this request only.
//
// OutputCheckStage (step 8): scans the answer and its quotes with the same recognisers and
// masks what it finds, so personal data present in a source (or produced by a backend) does
// not reach the caller. Counts go to ctx.output_redactions for the flow record.
//
// Data posture: PrivacyStage reads raw text and must run before any stage that stores,
// logs or forwards it. Both are thread-safe.

#ifndef MIZAN_PRIVACY_PRIVACY_STAGE_H_
#define MIZAN_PRIVACY_PRIVACY_STAGE_H_

#include "mizan/core/stage.h"

namespace mizan::privacy {

class PrivacyStage : public core::Stage {
 public:
  // core::Stage
  std::string_view name() const override { return "privacy"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;
};

class OutputCheckStage : public core::Stage {
 public:
  // core::Stage
  std::string_view name() const override { return "check_output"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;
};

}  // namespace mizan::privacy

#endif  // MIZAN_PRIVACY_PRIVACY_STAGE_H_
