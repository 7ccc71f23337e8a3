// Mizan — governance gateway for language models.

#include "mizan/corpus/corpus_store.h"

namespace mizan::corpus {
namespace {

constexpr const char* kVersionColumns =
    "version, title, lang, lang_detected, source_url, licence, steward, classification, "
    "source_name, media_type, sha256, ingested_at, passage_count";

DocumentVersion ReadVersion(const storage::Statement& row, int first) {
  DocumentVersion v;
  v.version = static_cast<int>(row.ColumnInt(first));
  v.title = row.ColumnText(first + 1);
  v.lang = row.ColumnText(first + 2);
  v.lang_detected = row.ColumnInt(first + 3) != 0;
  v.source_url = row.ColumnText(first + 4);
  v.licence = row.ColumnText(first + 5);
  v.steward = row.ColumnText(first + 6);
  v.classification = row.ColumnText(first + 7);
  v.source_name = row.ColumnText(first + 8);
  v.media_type = row.ColumnText(first + 9);
  v.sha256 = row.ColumnText(first + 10);
  v.ingested_at = row.ColumnText(first + 11);
  v.passage_count = static_cast<int>(row.ColumnInt(first + 12));
  return v;
}

}  // namespace

std::string_view AddResultName(AddResult result) {
  switch (result) {
    case AddResult::kAdded:
      return "added";
    case AddResult::kNewVersion:
      return "new_version";
    case AddResult::kUnchanged:
      return "unchanged";
    case AddResult::kRestored:
      return "restored";
  }
  return "unchanged";
}

Status CorpusStore::BumpGeneration() {
  return db_.Execute("UPDATE corpus_state SET generation = generation + 1 WHERE id = 1");
}

Result<AddOutcome> CorpusStore::Add(const DocumentDraft& draft, const std::string& now) {
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement existing,
      db_.Prepare("SELECT d.status, d.current_version, v.sha256, "
                  "(SELECT MAX(version) FROM document_versions WHERE document_id = d.document_id) "
                  "FROM documents d JOIN document_versions v "
                  "ON v.document_id = d.document_id AND v.version = d.current_version "
                  "WHERE d.document_id = ?"));
  existing.Bind(1, draft.document_id);
  MIZAN_ASSIGN_OR_RETURN(bool found, existing.Step());
  AddOutcome outcome;
  if (found && existing.ColumnText(2) == draft.sha256) {
    outcome.version = static_cast<int>(existing.ColumnInt(1));
    outcome.passages = draft.passages.size();
    if (existing.ColumnText(0) == "active") {
      outcome.result = AddResult::kUnchanged;
      return outcome;
    }
    MIZAN_ASSIGN_OR_RETURN(storage::Statement restore,
                           db_.Prepare("UPDATE documents SET status = 'active', updated_at = ? "
                                       "WHERE document_id = ?"));
    MIZAN_RETURN_IF_ERROR(restore.Bind(1, now).Bind(2, draft.document_id).Run());
    MIZAN_RETURN_IF_ERROR(BumpGeneration());
    outcome.result = AddResult::kRestored;
    return outcome;
  }
  outcome.version = found ? static_cast<int>(existing.ColumnInt(3)) + 1 : 1;
  outcome.result = found ? AddResult::kNewVersion : AddResult::kAdded;
  outcome.passages = draft.passages.size();

  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement upsert,
      db_.Prepare("INSERT INTO documents (document_id, current_version, status, created_at, "
                  "updated_at) VALUES (?1, ?2, 'active', ?3, ?3) ON CONFLICT(document_id) DO "
                  "UPDATE SET current_version = ?2, status = 'active', updated_at = ?3"));
  MIZAN_RETURN_IF_ERROR(
      upsert.Bind(1, draft.document_id).Bind(2, outcome.version).Bind(3, now).Run());

  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement version,
      db_.Prepare(std::string("INSERT INTO document_versions (document_id, ") + kVersionColumns +
                  ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  version.Bind(1, draft.document_id).Bind(2, outcome.version).Bind(3, draft.title);
  version.Bind(4, draft.lang).Bind(5, draft.lang_detected ? 1 : 0).Bind(6, draft.source_url);
  version.Bind(7, draft.licence).Bind(8, draft.steward).Bind(9, draft.classification);
  version.Bind(10, draft.source_name).Bind(11, draft.media_type).Bind(12, draft.sha256);
  version.Bind(13, now).Bind(14, static_cast<int64_t>(draft.passages.size()));
  MIZAN_RETURN_IF_ERROR(version.Run());

  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement passage,
      db_.Prepare("INSERT INTO passages (document_id, version, ordinal, locator, lang, text, "
                  "terms, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  for (size_t i = 0; i < draft.passages.size(); ++i) {
    const PassageDraft& p = draft.passages[i];
    passage.Reset();
    passage.Bind(1, draft.document_id).Bind(2, outcome.version).Bind(3, static_cast<int64_t>(i));
    passage.Bind(4, p.locator).Bind(5, draft.lang).Bind(6, p.text).Bind(7, p.terms);
    passage.Bind(8, p.sha256);
    MIZAN_RETURN_IF_ERROR(passage.Run());
  }
  MIZAN_RETURN_IF_ERROR(BumpGeneration());
  return outcome;
}

Status CorpusStore::Remove(const std::string& document_id, const std::string& now) {
  MIZAN_ASSIGN_OR_RETURN(storage::Statement update,
                         db_.Prepare("UPDATE documents SET status = 'removed', updated_at = ? "
                                     "WHERE document_id = ? AND status = 'active'"));
  MIZAN_RETURN_IF_ERROR(update.Bind(1, now).Bind(2, document_id).Run());
  if (db_.Changes() == 0) {
    MIZAN_ASSIGN_OR_RETURN(DocumentSummary summary, Find(document_id));
    (void)summary;
    return FailedPreconditionError("document '" + document_id + "' is already removed");
  }
  return BumpGeneration();
}

Result<std::vector<DocumentSummary>> CorpusStore::List() {
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement rows,
      db_.Prepare(std::string("SELECT d.document_id, d.status, d.current_version, ") +
                  kVersionColumns +
                  " FROM documents d JOIN document_versions v USING (document_id) "
                  "WHERE v.version = d.current_version ORDER BY d.document_id"));
  std::vector<DocumentSummary> out;
  while (true) {
    MIZAN_ASSIGN_OR_RETURN(bool has_row, rows.Step());
    if (!has_row) {
      break;
    }
    DocumentSummary summary;
    summary.document_id = rows.ColumnText(0);
    summary.status = rows.ColumnText(1);
    summary.current_version = static_cast<int>(rows.ColumnInt(2));
    summary.current = ReadVersion(rows, 3);
    out.push_back(std::move(summary));
  }
  return out;
}

Result<DocumentSummary> CorpusStore::Find(const std::string& document_id) {
  MIZAN_ASSIGN_OR_RETURN(std::vector<DocumentSummary> all, List());
  for (auto& summary : all) {
    if (summary.document_id == document_id) {
      return std::move(summary);
    }
  }
  return NotFoundError("no document with id '" + document_id + "'");
}

Result<std::vector<DocumentVersion>> CorpusStore::Versions(const std::string& document_id) {
  MIZAN_ASSIGN_OR_RETURN(storage::Statement rows,
                         db_.Prepare(std::string("SELECT ") + kVersionColumns +
                                     " FROM document_versions WHERE document_id = ? "
                                     "ORDER BY version DESC"));
  rows.Bind(1, document_id);
  std::vector<DocumentVersion> out;
  while (true) {
    MIZAN_ASSIGN_OR_RETURN(bool has_row, rows.Step());
    if (!has_row) {
      break;
    }
    out.push_back(ReadVersion(rows, 0));
  }
  if (out.empty()) {
    return NotFoundError("no document with id '" + document_id + "'");
  }
  return out;
}

Result<std::vector<StoredPassage>> CorpusStore::QueryPassages(
    const std::string& where, const std::vector<std::string>& args) {
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement rows,
      db_.Prepare("SELECT p.passage_id, p.document_id, p.version, p.ordinal, v.title, p.locator, "
                  "v.source_url, v.licence, p.lang, p.text, p.terms, p.sha256 "
                  "FROM passages p JOIN document_versions v "
                  "ON v.document_id = p.document_id AND v.version = p.version "
                  "JOIN documents d ON d.document_id = p.document_id " +
                  where + " ORDER BY p.document_id, p.version, p.ordinal"));
  for (size_t i = 0; i < args.size(); ++i) {
    rows.Bind(static_cast<int>(i + 1), args[i]);
  }
  std::vector<StoredPassage> out;
  while (true) {
    MIZAN_ASSIGN_OR_RETURN(bool has_row, rows.Step());
    if (!has_row) {
      break;
    }
    StoredPassage p;
    p.passage_id = rows.ColumnInt(0);
    p.document_id = rows.ColumnText(1);
    p.version = static_cast<int>(rows.ColumnInt(2));
    p.ordinal = static_cast<int>(rows.ColumnInt(3));
    p.title = rows.ColumnText(4);
    p.locator = rows.ColumnText(5);
    p.source_url = rows.ColumnText(6);
    p.licence = rows.ColumnText(7);
    p.lang = rows.ColumnText(8);
    p.text = rows.ColumnText(9);
    p.terms = rows.ColumnText(10);
    p.sha256 = rows.ColumnText(11);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<StoredPassage>> CorpusStore::Passages(const std::string& document_id,
                                                         int version) {
  return QueryPassages("WHERE p.document_id = ?1 AND p.version = CAST(?2 AS INTEGER)",
                       {document_id, std::to_string(version)});
}

Result<std::vector<StoredPassage>> CorpusStore::SearchablePassages() {
  return QueryPassages("WHERE d.status = 'active' AND p.version = d.current_version", {});
}

Result<std::vector<StoredPassage>> CorpusStore::AllPassages() { return QueryPassages("", {}); }

Result<int64_t> CorpusStore::Generation() {
  MIZAN_ASSIGN_OR_RETURN(storage::Statement row,
                         db_.Prepare("SELECT generation FROM corpus_state WHERE id = 1"));
  MIZAN_ASSIGN_OR_RETURN(bool has_row, row.Step());
  if (!has_row) {
    return DataLossError("corpus_state row is missing");
  }
  return row.ColumnInt(0);
}

Result<int> CorpusStore::TermsVersion() {
  MIZAN_ASSIGN_OR_RETURN(storage::Statement row,
                         db_.Prepare("SELECT analyzer_version FROM corpus_state WHERE id = 1"));
  MIZAN_ASSIGN_OR_RETURN(bool has_row, row.Step());
  if (!has_row) {
    return DataLossError("corpus_state row is missing");
  }
  return static_cast<int>(row.ColumnInt(0));
}

Status CorpusStore::UpdateTerms(int64_t passage_id, const std::string& terms) {
  MIZAN_ASSIGN_OR_RETURN(storage::Statement update,
                         db_.Prepare("UPDATE passages SET terms = ? WHERE passage_id = ?"));
  return update.Bind(1, terms).Bind(2, passage_id).Run();
}

Status CorpusStore::SetTermsVersion(int version) {
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement update,
      db_.Prepare("UPDATE corpus_state SET analyzer_version = ?, generation = generation + 1 "
                  "WHERE id = 1"));
  return update.Bind(1, version).Run();
}

Result<CorpusStats> CorpusStore::Stats() {
  CorpusStats stats;
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement totals,
      db_.Prepare("SELECT "
                  "(SELECT count(*) FROM documents WHERE status = 'active'), "
                  "(SELECT count(*) FROM documents WHERE status = 'removed'), "
                  "(SELECT count(*) FROM document_versions), "
                  "(SELECT count(*) FROM passages p JOIN documents d USING (document_id) "
                  " WHERE d.status = 'active' AND p.version = d.current_version), "
                  "(SELECT count(*) FROM passages), "
                  "(SELECT generation FROM corpus_state WHERE id = 1)"));
  MIZAN_ASSIGN_OR_RETURN(bool has_row, totals.Step());
  if (has_row) {
    stats.active_documents = totals.ColumnInt(0);
    stats.removed_documents = totals.ColumnInt(1);
    stats.versions = totals.ColumnInt(2);
    stats.searchable_passages = totals.ColumnInt(3);
    stats.stored_passages = totals.ColumnInt(4);
    stats.generation = totals.ColumnInt(5);
  }
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement by_lang,
      db_.Prepare("SELECT p.lang, count(*) FROM passages p JOIN documents d USING (document_id) "
                  "WHERE d.status = 'active' AND p.version = d.current_version "
                  "GROUP BY p.lang ORDER BY p.lang"));
  while (true) {
    MIZAN_ASSIGN_OR_RETURN(bool row, by_lang.Step());
    if (!row) {
      break;
    }
    stats.passages_by_lang.emplace_back(by_lang.ColumnText(0), by_lang.ColumnInt(1));
  }
  return stats;
}

}  // namespace mizan::corpus
