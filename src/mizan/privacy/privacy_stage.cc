// Mizan — governance gateway for language models.

#include "mizan/privacy/privacy_stage.h"

#include "mizan/privacy/pseudonymizer.h"
#include "mizan/privacy/recognizers.h"

namespace mizan::privacy {
namespace {

// Replaces findings with "[TYPE]" and counts them by type.
std::string Mask(std::string_view text, std::map<std::string, int>& counts) {
  std::string out;
  size_t copied = 0;
  for (const Finding& finding : Recognize(text)) {
    out.append(text.substr(copied, finding.begin - copied));
    out.append("[" + finding.type + "]");
    ++counts[finding.type];
    copied = finding.end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace

Result<core::Decision> PrivacyStage::Process(core::RequestContext& ctx) const {
  Pseudonymizer pseudonymizer;
  for (core::ChatMessage& message : ctx.request.messages) {
    message.content = pseudonymizer.Apply(message.content);
  }
  ctx.pseudonyms = pseudonymizer.originals();
  ctx.pseudonymised_categories = pseudonymizer.counts();
  ctx.question.clear();
  for (auto it = ctx.request.messages.rbegin(); it != ctx.request.messages.rend(); ++it) {
    if (it->role == "user") {
      ctx.question = it->content;
      break;
    }
  }
  return core::Decision::Continue();
}

Result<core::Decision> OutputCheckStage::Process(core::RequestContext& ctx) const {
  ctx.answer.text = Mask(ctx.answer.text, ctx.output_redactions);
  for (core::Citation& citation : ctx.answer.citations) {
    // Counted once above when the quote also appears in the answer text; the quote is masked
    // with a throwaway counter so the flow record does not double-count.
    std::map<std::string, int> ignored;
    citation.quote = Mask(citation.quote, ignored);
  }
  return core::Decision::Continue();
}

}  // namespace mizan::privacy
