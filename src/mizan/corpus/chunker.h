// Mizan — governance gateway for language models.
//
// Structure-aware chunking: a document becomes the passages that citations point to.
//
// Legal texts are split by article. A line that starts with "Article 12", "ARTICLE 12",
// "Art. 12", "Article premier", "المادة 12", "الفصل 12" or "المادة الأولى" and is followed by
// nothing, or by a separator (":", ".", "-", "–", "—"), opens an article; the number becomes
// the passage's locator ("Article 12"). Requiring the separator keeps in-text references such
// as "Article 12 de la loi…" that a PDF happens to wrap to the start of a line from being
// taken as headings. Two or more such headings make a document legal; text before the first
// one becomes a "Preamble" passage.
//
// Other documents are split at Markdown headings ("# …"); sections longer than
// `max_section_bytes` are cut at paragraph boundaries. The locator is the heading text, or
// "Part N" where there is none.
//
// Pure functions; thread-safe.

#ifndef MIZAN_CORPUS_CHUNKER_H_
#define MIZAN_CORPUS_CHUNKER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::corpus {

struct Chunk {
  std::string locator;
  std::string text;
};

struct ChunkOptions {
  size_t max_section_bytes = 2000;  // Non-legal sections are cut near this size.
};

std::vector<Chunk> ChunkDocument(std::string_view text, const ChunkOptions& options = {});

// The article number a heading line opens ("12", "1", "12 bis"), or nothing when the line
// is not an article heading. Arabic-Indic digits are returned as ASCII.
std::optional<std::string> ArticleHeadingNumber(std::string_view line);

}  // namespace mizan::corpus

#endif  // MIZAN_CORPUS_CHUNKER_H_
