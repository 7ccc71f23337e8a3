// Mizan — governance gateway for language models.
//
// Splits search-folded text (normalize.h) into words. A word is a maximal run of letters,
// combining marks and digits of one script: "المادة" and "loi" are words, "09-08" is two
// words, and a Latin word may hold digits, because Arabizi writes letters with them
// ("3lach", "9alb"). French elisions (l', d', qu', jusqu', ...) are split off and dropped.
// No dictionary segmentation: scripts written without spaces (Han, Thai) come out as one
// word per run. Pure functions, thread-safe; results point into the caller's string.

#ifndef MIZAN_TEXT_TOKENIZER_H_
#define MIZAN_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "mizan/text/script.h"

namespace mizan::text {

struct Token {
  std::string_view text;  // A view into the tokenized string.
  Script script;          // kCommon for a token made only of digits.
};

// REQUIRES: `folded` is the output of FoldForSearch or FoldCaseAndMarks (lower case,
// ASCII apostrophes, no Arabic-Indic digits); other valid UTF-8 is split the same way but
// upper-case elisions ("L'") are not recognised.
std::vector<Token> TokenizeFoldedWithScripts(std::string_view folded);

// The token texts alone, in order.
std::vector<std::string_view> TokenizeFolded(std::string_view folded);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_TOKENIZER_H_
