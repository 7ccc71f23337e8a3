// Mizan — governance gateway for language models.
//
// Ready-made passage files (.jsonl): one JSON object per line, in the shape of
// governed-corpus-ma-law/articles.jsonl. Each line is one passage of a document:
//
//   doc_id              required; becomes the citation's document_id
//   text                required, non-empty
//   article_number      the passage's article; the locator becomes "Article <n>"
//   locator             used as is when there is no article_number
//   doc_title, lang, official_source_url (or source_url), licence, steward, classification
//                       provenance; the first line of a document sets them
//
// Lines of one document may be spread through the file; their order is kept. Unknown fields
// are ignored (the real data carries extras such as repo_commit).
//
// Thread-safety: pure functions.

#ifndef MIZAN_CORPUS_PASSAGE_FILE_H_
#define MIZAN_CORPUS_PASSAGE_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "mizan/base/result.h"
#include "mizan/corpus/chunker.h"

namespace mizan::corpus {

struct PassageFileDocument {
  std::string document_id;
  std::string title;
  std::string lang;  // Empty when no line gave one.
  std::string source_url;
  std::string licence;
  std::string steward;
  std::string classification;
  std::vector<Chunk> chunks;
  std::string sha256;  // Over the document's locators and texts, so edits make a new version.
};

// Parses the file's contents. Errors name the line: "articles.jsonl:57: missing 'doc_id'".
Result<std::vector<PassageFileDocument>> ParsePassageFile(std::string_view name,
                                                          std::string_view contents);

Result<std::vector<PassageFileDocument>> ReadPassageFile(const std::string& path);

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_PASSAGE_FILE_H_
