// Mizan — governance gateway for language models.

#include "mizan/storage/schema.h"

namespace mizan::storage {

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = {
      {1, "corpus and flow ledger", R"sql(
CREATE TABLE documents (
  document_id     TEXT PRIMARY KEY,
  current_version INTEGER NOT NULL,
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE TABLE document_versions (
  document_id    TEXT NOT NULL REFERENCES documents(document_id),
  version        INTEGER NOT NULL,
  title          TEXT NOT NULL,
  lang           TEXT NOT NULL,
  lang_detected  INTEGER NOT NULL,
  source_url     TEXT NOT NULL,
  licence        TEXT NOT NULL,
  steward        TEXT NOT NULL,
  classification TEXT NOT NULL CHECK (classification IN ('public', 'internal')),
  source_name    TEXT NOT NULL,
  media_type     TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  ingested_at    TEXT NOT NULL,
  passage_count  INTEGER NOT NULL,
  PRIMARY KEY (document_id, version)
);
CREATE TABLE passages (
  passage_id  INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL,
  version     INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,
  locator     TEXT NOT NULL,
  lang        TEXT NOT NULL,
  text        TEXT NOT NULL,
  terms       TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version),
  UNIQUE (document_id, version, ordinal)
);
CREATE INDEX passages_by_version ON passages(document_id, version);
CREATE TABLE corpus_state (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  generation       INTEGER NOT NULL,
  analyzer_version INTEGER NOT NULL
);
INSERT INTO corpus_state (id, generation, analyzer_version) VALUES (1, 0, 0);
CREATE TABLE flow_records (
  seq         INTEGER PRIMARY KEY,
  receipt_id  TEXT NOT NULL UNIQUE,
  recorded_at TEXT NOT NULL,
  record      TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
)sql"},
  };
  return migrations;
}

}  // namespace mizan::storage
