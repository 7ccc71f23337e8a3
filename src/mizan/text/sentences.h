// Mizan — governance gateway for language models.
//
// Sentence segmentation for passages and answers, tuned for text extracted from PDFs of
// legal texts: lines are wrapped at arbitrary points, paragraphs are separated by blank
// lines, and abbreviations ("Art.", "B.O.", "cf.") and numbered items ("1.") abound. It
// uses ICU's sentence rules (with abbreviation suppressions) over UTF-8 so that results are
// byte offsets into the caller's text. It does not split clauses or enumerations inside a
// sentence. Thread-safe: each thread keeps its own ICU iterator.

#ifndef MIZAN_TEXT_SENTENCES_H_
#define MIZAN_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace mizan::text {

// Half-open byte range [begin, end) into the text it was computed from.
struct TextSpan {
  size_t begin;
  size_t end;

  bool operator==(const TextSpan&) const = default;
};

// Sentences of `utf8` in order, each trimmed of surrounding whitespace and never empty.
//  - Ends a sentence: "." "?" "!" "…" and Arabic "؟" "؛" "۔" followed by space and a new
//    sentence (ICU rules: "." before a lower-case word or a digit does not end one), and
//    any blank line (two line breaks with only spaces between).
//  - A single line break is a wrapped line, not an end.
//  - Known abbreviations ("Art.", "al.", "n°", "B.O.", "M.", "cf.", ...) do not end a
//    sentence; a piece without letters ("1.", "-") or a lone short abbreviation is joined
//    to the sentence after it.
// Returns no spans for text that is empty or only whitespace.
// REQUIRES: `utf8` is valid UTF-8.
std::vector<TextSpan> SplitSentences(std::string_view utf8);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_SENTENCES_H_
