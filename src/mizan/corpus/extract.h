// Mizan — governance gateway for language models.
//
// Text extraction from the file types the corpus accepts: .txt, .md (with optional YAML front
// matter between "---" lines), .html/.htm (libxml2's forgiving HTML parser) and .pdf
// (poppler-cpp). Everything is returned as UTF-8 text with line structure kept, so the
// chunker can find article headings. Failures name the file and the problem: unknown type,
// unreadable or encrypted PDF, invalid UTF-8 with its byte offset, no text at all.
//
// Thread-safety: the functions are reentrant; libxml2 and poppler are used without shared
// state.

#ifndef MIZAN_CORPUS_EXTRACT_H_
#define MIZAN_CORPUS_EXTRACT_H_

#include <map>
#include <string>
#include <string_view>

#include "mizan/base/result.h"

namespace mizan::corpus {

struct ExtractedDocument {
  std::string text;
  std::string media_type;  // "text/plain", "text/markdown", "text/html", "application/pdf".
  std::string title;       // From front matter, <title> or the first heading; may be empty.
  // Front-matter fields of a Markdown file (title, lang, source_url, licence, steward,
  // classification, id), as written.
  std::map<std::string, std::string> metadata;
  std::string sha256;  // Of the file's bytes.
};

// Text as it is stored: without a leading byte-order mark, line ends as "\n", and control
// characters other than newline and tab (NUL included) replaced by spaces, so nothing
// invisible reaches an index, an answer or a terminal.
std::string CleanText(std::string_view text);

// The file extensions ExtractFile understands, for messages: ".txt, .md, .html, .htm, .pdf".
std::string_view SupportedExtensions();

// Reads and extracts one file. `.jsonl` passage files are read by passage_file.h instead.
Result<ExtractedDocument> ExtractFile(const std::string& path);

// The same, from bytes already in memory; `name` is used for the type and in messages.
Result<ExtractedDocument> ExtractBytes(std::string_view name, std::string_view bytes);

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_EXTRACT_H_
