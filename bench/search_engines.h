// Mizan — governance gateway for language models.
//
// The engines the retrieval benchmark compares, behind one interface so that every engine
// answers the same queries over the same passages:
//  - Mizan: text::Analyzer terms in a corpus::PassageIndex (BM25 over windows of each
//    passage, with adjacent term pairs), the Retriever's query path.
//  - Xapian: its own analysis (TermGenerator and QueryParser with the Snowball stemmer of
//    the passage's or query's language, STEM_SOME, default operator OR) and BM25Weight
//    with its defaults, on an on-disk glass database.
//  - Xapian over Mizan's terms: Analyzer output indexed and queried as raw terms with
//    BM25Weight, which separates analysis from ranking in the quality figures.
//  - SQLite FTS5: Analyzer output stored space-joined in an FTS5 table and ranked by its
//    bm25(), the alternative to Mizan's own index.
// The peers index each passage whole, locator first. On-disk engines write into a folder the
// caller owns and read it back through a fresh read-only handle. Xapian and SQLite failures throw
// (Xapian::Error, std::runtime_error).
//
// Thread-safety: an engine serves one thread at a time.

#ifndef MIZAN_BENCH_SEARCH_ENGINES_H_
#define MIZAN_BENCH_SEARCH_ENGINES_H_

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "mizan/corpus/passage_index.h"
#include "mizan/text/analyzer.h"

#include "bench/bench_data.h"

namespace mizan::bench {

// How many passages every engine returns per query.
inline constexpr size_t kTopK = 10;

class SearchEngine {
 public:
  virtual ~SearchEngine() = default;

  // Positions of the best kTopK passages in the order they were indexed, best first.
  virtual std::vector<size_t> Search(const Query& query) = 0;
};

// `analyzer` must outlive the engines that take it.
std::unique_ptr<SearchEngine> BuildMizanEngine(const std::vector<Passage>& passages,
                                               const text::Analyzer& analyzer,
                                               const corpus::Bm25Params& params);

std::unique_ptr<SearchEngine> BuildXapianEngine(const std::vector<Passage>& passages,
                                                const std::filesystem::path& folder);

std::unique_ptr<SearchEngine> BuildXapianTermsEngine(const std::vector<Passage>& passages,
                                                     const text::Analyzer& analyzer,
                                                     const std::filesystem::path& folder);

std::unique_ptr<SearchEngine> BuildFts5Engine(const std::vector<Passage>& passages,
                                              const text::Analyzer& analyzer,
                                              const std::filesystem::path& folder);

}  // namespace mizan::bench

#endif  // MIZAN_BENCH_SEARCH_ENGINES_H_
