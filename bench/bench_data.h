// Mizan — governance gateway for language models.
//
// The real data the retrieval benchmark runs on, all under the shared data folder (each
// subfolder's SOURCE.md says where it comes from): the question sets used as queries and for
// quality (ARCD, PIAF, XQuAD), the Moroccan legal corpus, and a large corpus put together
// from the real sentence sets so that latency can be measured at 100k passages without
// invented text. Loading is deterministic: the same folder gives the same passages and
// queries in the same order.
//
// Thread-safety: pure functions over files.

#ifndef MIZAN_BENCH_BENCH_DATA_H_
#define MIZAN_BENCH_BENCH_DATA_H_

#include <filesystem>
#include <string>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/corpus/retrieval_eval.h"

namespace mizan::bench {

// A query, with the language tag it is analysed under.
struct Query {
  std::string lang;
  std::string text;
};

// A passage as ingest stores it. Mizan indexes the locator's terms with every window of the
// text (corpus/passage_index.h); the peers index the locator followed by the text.
struct Passage {
  std::string lang;
  std::string locator;  // "Article 12"; empty where there is none.
  std::string text;
};

// The data folder: `flag` when not empty, else $MIZAN_DATA_DIR, else ../shared/data next to
// the source tree. NotFound, naming the folder tried, when it does not exist.
Result<std::filesystem::path> ResolveDataDir(const std::string& flag);

struct QaSets {
  corpus::QaSet arcd;      // Arabic.
  corpus::QaSet piaf;      // French.
  corpus::QaSet xquad_ar;  // Arabic, parallel to xquad_en.
  corpus::QaSet xquad_en;  // English.
};

Result<QaSets> LoadQaSets(const std::filesystem::path& data_dir);

// A set's paragraphs, in order, so that position i is paragraph i.
std::vector<Passage> Paragraphs(const corpus::QaSet& set);

// A set's questions, in order.
std::vector<Query> Questions(const corpus::QaSet& set);

// The questions of every tests/data/*questions*.yaml in the source tree; none without such
// files. Errors name the file.
Result<std::vector<Query>> LegalQuestions();

// The articles of governed-corpus-ma-law/articles.jsonl, under their document's language.
Result<std::vector<Passage>> LegalPassages(const std::filesystem::path& data_dir);

// `count` passages of one to four consecutive sentences of one language, taken from the QA
// contexts (split into sentences) and then every langid-*/*.tsv file. The sentences run out
// long before 100k passages, so the grouping starts over with new group sizes: passages
// repeat sentences but rarely whole groupings. InvalidArgument when there are no sentences.
Result<std::vector<Passage>> SentencePassages(const std::filesystem::path& data_dir,
                                              const QaSets& qa_sets, size_t count);

}  // namespace mizan::bench

#endif  // MIZAN_BENCH_BENCH_DATA_H_
