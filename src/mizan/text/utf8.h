// Mizan — governance gateway for language models.
//
// Strict UTF-8 validation, decoding and encoding. Every byte string that enters Mizan from
// outside (HTTP bodies, files, database rows) is checked with FirstInvalidUtf8Offset before
// the text functions of this module see it; those functions assume valid UTF-8. This file
// does not normalise or repair text. All functions are pure and thread-safe.

#ifndef MIZAN_TEXT_UTF8_H_
#define MIZAN_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::text {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Returns the byte offset of the first ill-formed sequence, or nullopt when `text` is
// well-formed UTF-8 as defined by Unicode (table 3-7): overlong forms, surrogates
// (U+D800..U+DFFF), values above U+10FFFF and truncated sequences are all rejected.
std::optional<size_t> FirstInvalidUtf8Offset(std::string_view text);

inline bool IsValidUtf8(std::string_view text) { return !FirstInvalidUtf8Offset(text); }

// Decodes the code point starting at byte `*offset` and advances `*offset` past it.
// An ill-formed sequence yields kReplacementCharacter and advances past its maximal
// well-formed prefix (at least one byte), the W3C/ICU "substitution" convention, so a loop
// `while (offset < text.size()) DecodeUtf8(text, &offset);` always terminates.
// REQUIRES: *offset < text.size().
char32_t DecodeUtf8(std::string_view text, size_t* offset);

// Appends the UTF-8 encoding of `code_point`; surrogates and values above U+10FFFF are
// written as U+FFFD so the output is always valid.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_UTF8_H_
