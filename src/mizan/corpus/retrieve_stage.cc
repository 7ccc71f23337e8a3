// Mizan — governance gateway for language models.

#include "mizan/corpus/retrieve_stage.h"

#include "mizan/core/pseudonym_token.h"

namespace mizan::corpus {

Result<core::Decision> RetrieveStage::Process(core::RequestContext& ctx) const {
  MIZAN_RETURN_IF_ERROR(retriever_.Refresh().WithContext("loading the corpus index"));
  ctx.passages = retriever_.Search(core::RemovePseudonymTokens(ctx.question),
                                   ctx.question_language.tag, candidates_);
  return core::Decision::Continue();
}

}  // namespace mizan::corpus
