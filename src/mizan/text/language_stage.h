// Mizan — governance gateway for language models.
//
// LanguageStage (DESIGN.md step 3): identifies the language and script of the question (the
// last user message) and records them in the context, so retrieval analyses the question
// the right way and the answer is written in the asker's language. It never stops a
// request: an unidentifiable question is "und" and is still answered.
//
// Data posture: reads the raw question but keeps only the tag, script and confidence.
// Thread-safe.

#ifndef MIZAN_TEXT_LANGUAGE_STAGE_H_
#define MIZAN_TEXT_LANGUAGE_STAGE_H_

#include "mizan/core/stage.h"

namespace mizan::text {

class LanguageStage : public core::Stage {
 public:
  // core::Stage
  std::string_view name() const override { return "language"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;
};

}  // namespace mizan::text

#endif  // MIZAN_TEXT_LANGUAGE_STAGE_H_
