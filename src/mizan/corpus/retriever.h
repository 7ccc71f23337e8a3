// Mizan — governance gateway for language models.
//
// Retriever: BM25 search over the searchable passages of the governed corpus, returning
// passages with their provenance. It keeps an immutable in-memory snapshot (passages plus a
// Bm25Index) built from the store, and Refresh() rebuilds it when the corpus generation
// changed — whether the change came from this process or from `mizan corpus add` run beside
// a live server. Queries go through the same text::Analyzer as the stored passage terms.
//
// TODO: matching is lexical (stems, pairs, Arabic roots), so questions worded unlike the law
// miss their article (Arabic natural questions: 84% top-3, see docs/retrieval.md); a
// semantic retriever (multilingual embeddings from a local model backend, fused with BM25
// ranks) would close most of that gap.
//
// Thread-safety: Search and Refresh may be called from many threads. Refresh takes the
// database's mutex; searches read a snapshot held by shared_ptr and never block on a reload.

#ifndef MIZAN_CORPUS_RETRIEVER_H_
#define MIZAN_CORPUS_RETRIEVER_H_

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/core/request_context.h"
#include "mizan/corpus/corpus_store.h"
#include "mizan/corpus/passage_index.h"
#include "mizan/storage/database.h"
#include "mizan/text/analyzer.h"

namespace mizan::corpus {

class Retriever {
 public:
  Retriever(storage::Database& db, const text::Analyzer& analyzer, Bm25Params params);

  // Rebuilds the snapshot if the stored corpus changed since the last build.
  Status Refresh();

  // The best `k` passages for `question`, best first, with score and coverage set.
  std::vector<core::RetrievedPassage> Search(std::string_view question,
                                             std::string_view language_tag, size_t k) const;

  size_t passage_count() const;
  int64_t generation() const;

 private:
  struct Snapshot {
    int64_t generation = -1;
    std::vector<StoredPassage> passages;  // `terms` cleared; the index holds them.
    PassageIndex index;
  };

  std::shared_ptr<const Snapshot> Current() const;

  storage::Database& db_;
  const text::Analyzer& analyzer_;
  Bm25Params params_;
  std::mutex refresh_mutex_;  // One rebuild at a time.
  mutable std::mutex snapshot_mutex_;
  std::shared_ptr<const Snapshot> snapshot_;  // Guarded by snapshot_mutex_.
};

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_RETRIEVER_H_
