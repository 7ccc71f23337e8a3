// Mizan — governance gateway for language models.
//
// CorpusStore: the governed documents, their versions and passages in the database
// (schema in storage/schema.h). A document id names one governed text; each distinct content
// (by SHA-256) becomes a new version, and older versions stay in the store so that citations
// already given — in answers and in the audit ledger — remain resolvable. Only the current
// version of an active document is searchable. Removing a document withdraws it from search
// but keeps its versions for the same reason.
//
// Every change bumps corpus_state.generation, which running servers poll to reload their
// index (see retriever.h).
//
// Thread-safety: as for storage::Database — one thread at a time, callers hold db.mutex()
// when sharing. Methods that write expect the caller to hold a storage::Transaction, so a
// batch of files is added all-or-nothing.

#ifndef MIZAN_CORPUS_CORPUS_STORE_H_
#define MIZAN_CORPUS_CORPUS_STORE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/storage/database.h"

namespace mizan::corpus {

struct PassageDraft {
  std::string locator;
  std::string text;
  std::string terms;  // Analysed terms joined by single spaces.
  std::string sha256;
};

struct DocumentDraft {
  std::string document_id;
  std::string title;
  std::string lang;
  bool lang_detected = false;
  std::string source_url;
  std::string licence;
  std::string steward;
  std::string classification = "public";
  std::string source_name;  // File the document came from (base name).
  std::string media_type;
  std::string sha256;  // Of the content; equal content means no new version.
  std::vector<PassageDraft> passages;
};

enum class AddResult { kAdded, kNewVersion, kUnchanged, kRestored };
std::string_view AddResultName(AddResult result);  // "added", "new_version", ...

struct AddOutcome {
  AddResult result = AddResult::kUnchanged;
  int version = 0;
  size_t passages = 0;
};

struct DocumentVersion {
  int version = 0;
  std::string title;
  std::string lang;
  bool lang_detected = false;
  std::string source_url;
  std::string licence;
  std::string steward;
  std::string classification;
  std::string source_name;
  std::string media_type;
  std::string sha256;
  std::string ingested_at;
  int passage_count = 0;
};

struct DocumentSummary {
  std::string document_id;
  std::string status;  // "active" or "removed".
  int current_version = 0;
  DocumentVersion current;  // Provenance of the current version.
};

struct StoredPassage {
  int64_t passage_id = 0;
  std::string document_id;
  int version = 0;
  int ordinal = 0;
  std::string title;
  std::string locator;
  std::string source_url;
  std::string licence;
  std::string lang;
  std::string text;
  std::string terms;
  std::string sha256;
};

struct CorpusStats {
  int64_t active_documents = 0;
  int64_t removed_documents = 0;
  int64_t versions = 0;
  int64_t searchable_passages = 0;
  int64_t stored_passages = 0;
  int64_t generation = 0;
  std::vector<std::pair<std::string, int64_t>> passages_by_lang;
};

class CorpusStore {
 public:
  explicit CorpusStore(storage::Database& db) : db_(db) {}

  // REQUIRES: a transaction is open on the database.
  Result<AddOutcome> Add(const DocumentDraft& draft, const std::string& now);
  // Withdraws a document from search. kNotFound for an unknown id.
  // REQUIRES: a transaction is open on the database.
  Status Remove(const std::string& document_id, const std::string& now);

  Result<std::vector<DocumentSummary>> List();
  // All versions, newest first. kNotFound for an unknown id.
  Result<std::vector<DocumentVersion>> Versions(const std::string& document_id);
  Result<DocumentSummary> Find(const std::string& document_id);
  Result<std::vector<StoredPassage>> Passages(const std::string& document_id, int version);
  Result<CorpusStats> Stats();

  Result<int64_t> Generation();
  // Passages of the current version of every active document, in a stable order.
  Result<std::vector<StoredPassage>> SearchablePassages();

  // The analyser version that produced the stored terms, and a way to rewrite them.
  Result<int> TermsVersion();
  Result<std::vector<StoredPassage>> AllPassages();
  // REQUIRES: a transaction is open on the database.
  Status UpdateTerms(int64_t passage_id, const std::string& terms);
  Status SetTermsVersion(int version);

 private:
  Status BumpGeneration();
  Result<std::vector<StoredPassage>> QueryPassages(const std::string& where,
                                                   const std::vector<std::string>& args);

  storage::Database& db_;
};

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_CORPUS_STORE_H_
