// Mizan — governance gateway for language models.
//
// Ingestor: turns files into governed documents (`mizan corpus add`). For each file it
// extracts text (extract.h) or reads ready-made passages (passage_file.h), settles
// provenance, detects the language when none is given, chunks, analyses search terms and
// hands the drafts to CorpusStore. A batch is all-or-nothing: every file is read and checked
// before anything is written, and the writes share one transaction, so a bad file in the
// middle of a batch leaves the corpus exactly as it was.
//
// Provenance comes from the document itself first (front matter, a passage line's fields),
// then from the options (the command's flags). source_url, licence and steward are required:
// a governed corpus does not accept text whose origin nobody vouches for.
//
// Thread-safety: one Ingestor per thread; it writes through the Database it is given.

#ifndef MIZAN_CORPUS_INGEST_H_
#define MIZAN_CORPUS_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/corpus/chunker.h"
#include "mizan/corpus/corpus_store.h"
#include "mizan/storage/database.h"
#include "mizan/text/analyzer.h"

namespace mizan::corpus {

struct IngestOptions {
  std::string source_url;
  std::string licence;
  std::string steward;
  std::string classification;  // Empty: "public".
  std::string lang;            // Empty: from the document, else detected.
  // Called after each file is read, with (done, total, file name); for progress display.
  std::function<void(size_t, size_t, const std::string&)> progress;
};

struct IngestedDocument {
  std::string source;  // File name.
  std::string document_id;
  std::string lang;
  AddOutcome outcome;
};

class Ingestor {
 public:
  Ingestor(storage::Database& db, const text::Analyzer& analyzer) : db_(db), analyzer_(analyzer) {}

  Result<std::vector<IngestedDocument>> AddFiles(const std::vector<std::string>& paths,
                                                 const IngestOptions& options);

  // Turns chunks into passage drafts with terms and hashes; shared with the evaluation.
  std::vector<PassageDraft> MakePassages(const std::vector<Chunk>& chunks,
                                         const std::string& lang) const;

 private:
  Result<std::vector<DocumentDraft>> ReadOne(const std::string& path,
                                             const IngestOptions& options) const;

  storage::Database& db_;
  const text::Analyzer& analyzer_;
};

// Rewrites the stored search terms of every passage when they were produced by another
// version (kStoredTermsVersion: an upgrade changed normalisation, stemming or windows), and
// records the new version. A no-op when they match. Takes db.mutex() and its own transaction.
Status RefreshStoredTerms(storage::Database& db, const text::Analyzer& analyzer);

// A document id from a file name: lower-case ASCII letters, digits and '-'
// ("Loi 09-08 (FR).pdf" -> "loi-09-08-fr").
std::string DocumentIdFromFileName(const std::string& path);

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_INGEST_H_
