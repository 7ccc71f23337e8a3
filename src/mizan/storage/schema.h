// Mizan — governance gateway for language models.
//
// The SQLite schema, as an ordered list of migrations. Database::Open applies those newer
// than the file's recorded version, each in its own transaction, and refuses a file written
// by a newer build. A migration is never edited once released: change the schema by adding
// one at the end.
//
// Tables (version 1):
//   documents          one row per governed document id; `status` active|removed.
//   document_versions  every ingested version with its provenance (source URL, licence,
//                      steward, classification, language, SHA-256 of the content). Old
//                      versions stay so that past citations remain resolvable.
//   passages           chunks of a version with their locator ("Article 43"), language,
//                      SHA-256 and the analysed search terms (see corpus/index.h).
//   corpus_state       a generation counter bumped by every corpus change, so running
//                      servers know when to reload their in-memory index, and the version of
//                      the analyser that produced `passages.terms`.
//   flow_records       the hash-chained audit ledger (format in audit/ledger.h).

#ifndef MIZAN_STORAGE_SCHEMA_H_
#define MIZAN_STORAGE_SCHEMA_H_

#include <string>
#include <vector>

namespace mizan::storage {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

const std::vector<Migration>& Migrations();

}  // namespace mizan::storage

#endif  // MIZAN_STORAGE_SCHEMA_H_
