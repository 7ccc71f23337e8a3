// Mizan — governance gateway for language models.
//
// RetrieveStage (DESIGN.md step 6): searches the governed corpus for the (pseudonymised)
// question and puts the candidate passages, with provenance, in the context. It does not
// judge relevance; the responder does, using each passage's coverage. A corpus that cannot be
// read fails the request closed.
//
// Data posture: sees pseudonymised text only. Thread-safe.

#ifndef MIZAN_CORPUS_RETRIEVE_STAGE_H_
#define MIZAN_CORPUS_RETRIEVE_STAGE_H_

#include "mizan/core/stage.h"
#include "mizan/corpus/retriever.h"

namespace mizan::corpus {

class RetrieveStage : public core::Stage {
 public:
  // `candidates` passages are fetched per question (at least the configured top_k, more so
  // the responder can prefer passages in the asker's language).
  RetrieveStage(Retriever& retriever, size_t candidates)
      : retriever_(retriever), candidates_(candidates) {}

  // core::Stage
  std::string_view name() const override { return "retrieve"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;

 private:
  Retriever& retriever_;
  size_t candidates_;
};

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_RETRIEVE_STAGE_H_
