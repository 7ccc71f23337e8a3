// Mizan — governance gateway for language models.
//
// Bm25Index: an in-memory inverted index ranking passages by Okapi BM25 over analysed terms
// (text::Analyzer output). We keep our own index rather than SQLite FTS5 because queries and
// passages must go through the same Arabic/French analysis, and because scoring from flat
// posting arrays in memory is what bench/retrieval_bench measures fastest (see docs/retrieval.md
// for the FTS5 and Xapian figures). The index is rebuilt from the stored terms when the corpus
// changes; it holds no text, only term statistics.
//
// Scores use the Lucene/Robertson idf, log(1 + (N - df + 0.5) / (df + 0.5)), which stays
// positive for terms present in most passages. Each hit also reports `coverage`: the share of
// the query's total idf that the passage matches (a query word absent from the corpus counts
// as much as the query's average known word), which the responder uses to tell a real answer
// from a passage that only shares common words with the question.
//
// Terms are kept as 64-bit hashes, not strings: word pairs make the vocabulary large (about
// 1.5 million terms for 100,000 passages), and a sorted array of hashes takes a fraction of
// the memory of a string map. Two terms sharing a hash would share statistics; with 64 bits
// and millions of terms that is a one-in-ten-million event per index, and it can only blur
// the ranking of the two terms involved.
//
// Thread-safety: a built index is immutable; Search may run from many threads at once (its
// scratch space is thread-local).

#ifndef MIZAN_CORPUS_BM25_INDEX_H_
#define MIZAN_CORPUS_BM25_INDEX_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mizan::corpus {

struct Bm25Params {
  double k1 = 1.2;
  double b = 0.75;
};

// A query term with its weight: 1 for the question's own words, less for expansions
// (synonyms, related terms) so that they help without outvoting what the asker wrote.
struct WeightedTerm {
  std::string term;
  float weight = 1.0f;
  // Whether the term is one of the question's words for `coverage`; re-ranking features
  // such as word pairs are not.
  bool covered = true;
};

struct Bm25Hit {
  uint32_t doc = 0;  // Position in the order passages were added.
  float score = 0;
  float coverage = 0;
  uint32_t matched_terms = 0;  // Distinct covered query terms the passage contains.
};

class Bm25Index {
 public:
  class Builder {
   public:
    // Adds one passage's terms and returns its position.
    uint32_t Add(const std::vector<std::string>& terms);
    Bm25Index Build(const Bm25Params& params) &&;

   private:
    std::unordered_map<uint64_t, uint32_t> term_ids_;  // term hash -> position in postings_
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> postings_;  // term -> (doc, tf)
    std::vector<uint32_t> doc_lengths_;
  };

  Bm25Index() = default;

  // Best `k` passages for the query terms, best first. Passages for which `accept` returns
  // false are skipped (e.g. another language). Duplicate query terms count once.
  std::vector<Bm25Hit> Search(const std::vector<std::string>& query_terms, size_t k,
                              const std::function<bool(uint32_t)>& accept = nullptr) const;
  // The same with weighted terms. A term listed twice keeps its highest weight.
  std::vector<Bm25Hit> SearchWeighted(const std::vector<WeightedTerm>& query, size_t k,
                                      const std::function<bool(uint32_t)>& accept = nullptr) const;

  size_t size() const { return doc_lengths_.size(); }
  size_t term_count() const { return term_hashes_.size(); }
  // Inverse document frequency of a term; 0 for a term no passage contains.
  double Idf(const std::string& term) const;

 private:
  // Looks a term up; returns false when no passage contains it.
  bool FindTerm(std::string_view term, uint32_t* id) const;

  std::vector<uint64_t> term_hashes_;  // Sorted.
  std::vector<uint32_t> term_slots_;   // term_slots_[i] is the id of term_hashes_[i].
  std::vector<uint32_t> offsets_;      // Term t's postings are [offsets_[t], offsets_[t + 1]).
  std::vector<uint32_t> posting_docs_;
  std::vector<float> posting_weights_;  // tf * (k1 + 1) / (tf + norm(doc)), idf not applied.
  std::vector<float> idf_;
  std::vector<uint32_t> doc_lengths_;
};

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_BM25_INDEX_H_
