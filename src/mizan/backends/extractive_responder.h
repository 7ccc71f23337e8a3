// Mizan — governance gateway for language models.
//
// ExtractiveResponder: the built-in backend (DESIGN.md step 7). It never writes facts of its
// own: an answer is made only of sentences quoted from retrieved passages, each followed by
// its citation number, under a one-line introduction in the asker's language. When no
// passage is relevant it says so in the asker's language instead of guessing.
//
// How it chooses:
//   1. Relevant passages are those whose coverage (share of the question's idf weight they
//      match) reaches `min_coverage` and that contain at least `min_matched_terms` distinct
//      question terms (every term of a shorter question): one shared word is not an answer.
//   2. Among them it prefers passages in the asker's language (Arabic for ar/ary/ary-Latn,
//      Tamazight in either script for zgh/zgh-Latn, otherwise the same tag); only when none
//      exists does it quote another language, and the introduction says so.
//   3. From each of the best `max_passages` it quotes up to `max_sentences` sentences, those
//      sharing the most terms with the question, kept in their original order and cut to
//      `max_quote_bytes` at a word boundary.
//
// Thread-safety: Respond is const and thread-safe.

#ifndef MIZAN_BACKENDS_EXTRACTIVE_RESPONDER_H_
#define MIZAN_BACKENDS_EXTRACTIVE_RESPONDER_H_

#include <string_view>
#include <vector>

#include "mizan/core/request_context.h"
#include "mizan/text/analyzer.h"

namespace mizan::backends {

struct ResponderOptions {
  double min_coverage = 0.2;
  int min_matched_terms = 3;
  size_t max_passages = 3;
  size_t max_sentences = 2;
  size_t max_quote_bytes = 600;
};

class ExtractiveResponder {
 public:
  ExtractiveResponder(const text::Analyzer& analyzer, ResponderOptions options)
      : analyzer_(analyzer), options_(options) {}

  // `candidates` come best first from retrieval.
  core::Answer Respond(std::string_view question, std::string_view question_tag,
                       const std::vector<core::RetrievedPassage>& candidates) const;

  // The passage languages that count as "the asker's language" for a question tag.
  static std::vector<std::string_view> PreferredPassageLanguages(std::string_view question_tag);

 private:
  std::string Quote(const core::RetrievedPassage& passage,
                    const std::vector<std::string>& question_terms) const;

  const text::Analyzer& analyzer_;
  ResponderOptions options_;
};

}  // namespace mizan::backends

#endif  // MIZAN_BACKENDS_EXTRACTIVE_RESPONDER_H_
