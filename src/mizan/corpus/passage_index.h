// Mizan — governance gateway for language models.
//
// PassageIndex: ranks passages (articles, sections) for a question. A legal article can run
// from one line to several pages; scored whole, BM25's length normalisation buries a long
// article whose one relevant paragraph answers the question under short articles that merely
// share its words. So a passage longer than kSingleWindowBytes is cut into windows of a few
// sentences (about kWindowBytes), every window is a BM25 document, and a passage scores as its
// best window. Each window also indexes its adjacent term pairs, and a question's adjacent
// pairs are searched at kBigramWeight, which rewards "services de confiance qualifiés"
// appearing together over the same words scattered.
//
// Measured on the legal question sets in tests/data (docs/retrieval.md): windows raised the
// top-3 article hit rate on natural questions from 77% to 86%, and pairs help on ARCD and
// PIAF; cutting short paragraphs too cost 0.013 MRR on ARCD, hence kSingleWindowBytes.
//
// Thread-safety: immutable once built; Search may run from many threads at once.

#ifndef MIZAN_CORPUS_PASSAGE_INDEX_H_
#define MIZAN_CORPUS_PASSAGE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/corpus/bm25_index.h"
#include "mizan/text/analyzer.h"

namespace mizan::corpus {

inline constexpr size_t kWindowBytes = 600;
// Passages up to this size stay one window: cutting a short paragraph only loses context.
inline constexpr size_t kSingleWindowBytes = 2400;
// Version of the stored window terms: changes with the analyser or with how windows are cut,
// and stored terms of another version are recomputed on load (see RefreshStoredTerms).
inline constexpr int kStoredTermsVersion = text::Analyzer::kVersion * 100 + 2;
inline constexpr float kBigramWeight = 0.3f;
// Arabic roots (text/arabic_root.h) are indexed with the words and searched at this weight:
// enough to bring "الاعتراض" to a passage that says "التعرض", not enough to outvote stems.
inline constexpr float kRootWeight = 0.3f;

// The analysed terms of a passage, one list per window. The locator's terms ("article 43")
// are part of every window.
using WindowTerms = std::vector<std::vector<std::string>>;

WindowTerms AnalyzeWindows(const text::Analyzer& analyzer, std::string_view locator,
                           std::string_view text, std::string_view lang);

// Stored form of WindowTerms: terms joined by spaces, windows by newlines.
std::string JoinWindows(const WindowTerms& windows);
WindowTerms SplitWindows(std::string_view joined);

struct PassageHit {
  uint32_t passage = 0;  // Position in the order passages were added.
  float score = 0;
  float coverage = 0;          // Of the best-covering window, unigrams only.
  uint32_t matched_terms = 0;  // Distinct question terms in that window.
};

class PassageIndex {
 public:
  class Builder {
   public:
    uint32_t Add(const WindowTerms& windows);
    PassageIndex Build(const Bm25Params& params) &&;

   private:
    Bm25Index::Builder windows_;  // Words and pairs.
    Bm25Index::Builder roots_;    // Arabic roots of the same windows, in the same order.
    std::vector<uint32_t> window_passage_;
    uint32_t passages_ = 0;
  };

  PassageIndex() = default;

  // The best `k` passages for analysed question terms (and the question's Arabic roots,
  // Analyzer::ArabicRoots), best first.
  std::vector<PassageHit> Search(const std::vector<std::string>& query_terms,
                                 const std::vector<std::string>& query_roots, size_t k) const;

  size_t size() const { return passage_count_; }
  size_t window_count() const { return window_passage_.size(); }
  size_t term_count() const { return windows_.term_count(); }

 private:
  // Roots live in an index of their own so that they neither lengthen Arabic windows nor
  // shift the average length every window is normalised by.
  Bm25Index windows_;
  Bm25Index roots_;
  std::vector<uint32_t> window_passage_;
  size_t passage_count_ = 0;
};

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_PASSAGE_INDEX_H_
