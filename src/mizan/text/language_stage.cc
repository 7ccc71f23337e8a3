// Mizan — governance gateway for language models.

#include "mizan/text/language_stage.h"

#include "mizan/text/language.h"

namespace mizan::text {

Result<core::Decision> LanguageStage::Process(core::RequestContext& ctx) const {
  const core::ChatMessage* question = nullptr;
  for (auto it = ctx.request.messages.rbegin(); it != ctx.request.messages.rend(); ++it) {
    if (it->role == "user") {
      question = &*it;
      break;
    }
  }
  if (question == nullptr) {
    return core::Decision::Continue();  // The wire layer requires one; "und" stands.
  }
  LanguageGuess guess = IdentifyLanguage(question->content);
  ctx.question_language = {guess.tag, guess.script, guess.confidence, guess.method};
  return core::Decision::Continue();
}

}  // namespace mizan::text
