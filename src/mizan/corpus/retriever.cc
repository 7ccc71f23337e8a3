// Mizan — governance gateway for language models.

#include "mizan/corpus/retriever.h"

#include <algorithm>

#include "mizan/base/log.h"
#include "mizan/corpus/ingest.h"

namespace mizan::corpus {

Retriever::Retriever(storage::Database& db, const text::Analyzer& analyzer, Bm25Params params)
    : db_(db), analyzer_(analyzer), params_(params), snapshot_(std::make_shared<Snapshot>()) {}

std::shared_ptr<const Retriever::Snapshot> Retriever::Current() const {
  std::lock_guard<std::mutex> lock(snapshot_mutex_);
  return snapshot_;
}

Status Retriever::Refresh() {
  std::lock_guard<std::mutex> refresh_lock(refresh_mutex_);
  int64_t stored_generation = 0;
  {
    std::lock_guard<std::mutex> lock(db_.mutex());
    MIZAN_ASSIGN_OR_RETURN(stored_generation, CorpusStore(db_).Generation());
  }
  if (stored_generation == Current()->generation) {
    return Status::Ok();
  }
  MIZAN_RETURN_IF_ERROR(RefreshStoredTerms(db_, analyzer_));
  auto snapshot = std::make_shared<Snapshot>();
  {
    std::lock_guard<std::mutex> lock(db_.mutex());
    CorpusStore store(db_);
    MIZAN_ASSIGN_OR_RETURN(snapshot->generation, store.Generation());
    MIZAN_ASSIGN_OR_RETURN(snapshot->passages, store.SearchablePassages());
  }
  PassageIndex::Builder builder;
  for (StoredPassage& passage : snapshot->passages) {
    builder.Add(SplitWindows(passage.terms));
    passage.terms.clear();
    passage.terms.shrink_to_fit();
  }
  snapshot->index = std::move(builder).Build(params_);
  MIZAN_LOG_INFO("corpus.index_built", {"generation", snapshot->generation},
                 {"passages", snapshot->passages.size()},
                 {"windows", snapshot->index.window_count()},
                 {"terms", snapshot->index.term_count()});
  std::lock_guard<std::mutex> lock(snapshot_mutex_);
  snapshot_ = std::move(snapshot);
  return Status::Ok();
}

std::vector<core::RetrievedPassage> Retriever::Search(std::string_view question,
                                                      std::string_view language_tag,
                                                      size_t k) const {
  std::shared_ptr<const Snapshot> snapshot = Current();
  std::vector<std::string> terms = analyzer_.Terms(question, language_tag);
  std::vector<std::string> distinct = terms;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::vector<core::RetrievedPassage> results;
  for (const PassageHit& hit : snapshot->index.Search(terms, analyzer_.ArabicRoots(question), k)) {
    const StoredPassage& p = snapshot->passages[hit.passage];
    core::RetrievedPassage passage;
    passage.passage_id = p.passage_id;
    passage.document_id = p.document_id;
    passage.version = p.version;
    passage.title = p.title;
    passage.locator = p.locator;
    passage.source_url = p.source_url;
    passage.licence = p.licence;
    passage.lang = p.lang;
    passage.text = p.text;
    passage.sha256 = p.sha256;
    passage.score = hit.score;
    passage.coverage = hit.coverage;
    passage.matched_terms = static_cast<int>(hit.matched_terms);
    passage.question_terms = static_cast<int>(distinct.size());
    results.push_back(std::move(passage));
  }
  return results;
}

size_t Retriever::passage_count() const { return Current()->passages.size(); }

int64_t Retriever::generation() const { return Current()->generation; }

}  // namespace mizan::corpus
