// Mizan — governance gateway for language models.
//
// Retrieval evaluation on question -> paragraph sets in the SQuAD shape (one JSON object per
// line with `paragraph_id`, `context`, `question`), such as ARCD (Arabic) and PIAF (French)
// under ../shared/data. Every distinct paragraph of a set is indexed; each question is a query
// whose gold answer is its own paragraph. Paragraphs with identical text under two ids count
// as one, so a tie between copies is not scored as a miss.
//
// Metrics: recall@5 (gold among the first five) and MRR@10 (mean of 1/rank, 0 past ten).
// The ranking function is a parameter so bench/ can score Xapian on the very same data.
//
// Thread-safety: pure functions over their arguments.

#ifndef MIZAN_CORPUS_RETRIEVAL_EVAL_H_
#define MIZAN_CORPUS_RETRIEVAL_EVAL_H_

#include <functional>
#include <string>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/corpus/passage_index.h"
#include "mizan/text/analyzer.h"

namespace mizan::corpus {

struct QaQuestion {
  std::string text;
  size_t gold = 0;  // Index into QaSet::paragraphs.
};

struct QaSet {
  std::string name;  // e.g. "qa-arcd-ar"
  std::string lang;  // Tag used to analyse questions and paragraphs.
  std::vector<std::string> paragraphs;
  std::vector<QaQuestion> questions;
};

struct RetrievalMetrics {
  size_t questions = 0;
  size_t paragraphs = 0;
  double recall_at_1 = 0;
  double recall_at_5 = 0;
  double mrr_at_10 = 0;
};

// Reads a SQuAD-shaped JSONL file. Errors name the file and line.
Result<QaSet> LoadQaSet(const std::string& path, std::string name, std::string lang);

// Scores a ranking function that returns paragraph indices, best first (ten are enough).
RetrievalMetrics Evaluate(const QaSet& set,
                          const std::function<std::vector<size_t>(const std::string&)>& rank);

// Mizan's own retrieval (analyser + windowed BM25, as the Retriever does) on the set.
RetrievalMetrics EvaluateMizan(const QaSet& set, const text::Analyzer& analyzer,
                               const Bm25Params& params);

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_RETRIEVAL_EVAL_H_
