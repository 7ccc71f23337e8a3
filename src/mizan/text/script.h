// Mizan — governance gateway for language models.
//
// Writing-system detection for the three scripts Moroccan text is written in (Arabic,
// Latin, Tifinagh), from ICU's Script property. It answers "which script" only; language
// identification on top of it lives in language.h. All functions are pure and thread-safe.

#ifndef MIZAN_TEXT_SCRIPT_H_
#define MIZAN_TEXT_SCRIPT_H_

#include <cstddef>
#include <string_view>

namespace mizan::text {

// kCommon covers Unicode's Common and Inherited scripts (digits, punctuation, spaces,
// combining marks shared across scripts); kOther is any script Mizan does not handle
// specially (Cyrillic, Han, Greek, ...).
enum class Script { kCommon, kArabic, kLatin, kTifinagh, kOther };

Script ScriptOf(char32_t code_point);

// ISO 15924 code: "Zyyy" (common), "Arab", "Latn", "Tfng", "Zzzz" (other).
std::string_view Iso15924(Script script);

// Letters (general category L*) per script, for callers that weigh scripts themselves.
struct ScriptCounts {
  size_t arabic = 0;
  size_t latin = 0;
  size_t tifinagh = 0;
  size_t other = 0;

  size_t total() const { return arabic + latin + tifinagh + other; }
};

// REQUIRES: `utf8` is valid UTF-8 (ill-formed bytes count as nothing).
ScriptCounts CountLetters(std::string_view utf8);

// The script with the most letters; digits, punctuation and marks do not vote. Text
// without letters gives kCommon. Ties go to the first of Arabic, Latin, Tifinagh, other.
Script DominantScript(std::string_view utf8);

// True for the invisible characters that steer bidirectional layout: LRM U+200E, RLM
// U+200F, ALM U+061C, the embeddings and overrides U+202A..U+202E and the isolates
// U+2066..U+2069. They carry no meaning for search and can hide text from reviewers.
bool IsBidiControl(char32_t code_point);

// True for general category L* (letters, including modifier letters).
bool IsLetter(char32_t code_point);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_SCRIPT_H_
