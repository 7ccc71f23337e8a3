// Mizan — governance gateway for language models.

#include "mizan/text/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "mizan/text/utf8.h"

namespace mizan::text {

Script ScriptOf(char32_t code_point) {
  if (code_point < 0x80) {
    bool ascii_letter = (code_point | 0x20) >= 'a' && (code_point | 0x20) <= 'z';
    return ascii_letter ? Script::kLatin : Script::kCommon;
  }
  if (code_point == 0x0640) {
    // Tatweel is "Common" to Unicode but only ever stretches Arabic letters; counted as
    // Common, a heading written with it ("الـقـانـون") read as no script at all.
    return Script::kArabic;
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(static_cast<UChar32>(code_point), &status);
  if (U_FAILURE(status)) {
    return Script::kOther;
  }
  switch (code) {
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
      return Script::kCommon;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_TIFINAGH:
      return Script::kTifinagh;
    default:
      return Script::kOther;
  }
}

std::string_view Iso15924(Script script) {
  switch (script) {
    case Script::kCommon:
      return "Zyyy";
    case Script::kArabic:
      return "Arab";
    case Script::kLatin:
      return "Latn";
    case Script::kTifinagh:
      return "Tfng";
    case Script::kOther:
      return "Zzzz";
  }
  return "Zzzz";
}

bool IsLetter(char32_t code_point) {
  if (code_point < 0x80) {
    return (code_point | 0x20) >= 'a' && (code_point | 0x20) <= 'z';
  }
  return (U_GET_GC_MASK(static_cast<UChar32>(code_point)) & U_GC_L_MASK) != 0;
}

ScriptCounts CountLetters(std::string_view utf8) {
  ScriptCounts counts;
  size_t offset = 0;
  while (offset < utf8.size()) {
    char32_t c = DecodeUtf8(utf8, &offset);
    if (!IsLetter(c)) {
      continue;
    }
    switch (ScriptOf(c)) {
      case Script::kArabic:
        ++counts.arabic;
        break;
      case Script::kLatin:
        ++counts.latin;
        break;
      case Script::kTifinagh:
        ++counts.tifinagh;
        break;
      case Script::kCommon:
      case Script::kOther:
        // Common letters (a few modifier letters) are grouped with other scripts.
        ++counts.other;
        break;
    }
  }
  return counts;
}

Script DominantScript(std::string_view utf8) {
  ScriptCounts counts = CountLetters(utf8);
  if (counts.total() == 0) {
    return Script::kCommon;
  }
  Script best = Script::kArabic;
  size_t best_count = counts.arabic;
  if (counts.latin > best_count) {
    best = Script::kLatin;
    best_count = counts.latin;
  }
  if (counts.tifinagh > best_count) {
    best = Script::kTifinagh;
    best_count = counts.tifinagh;
  }
  if (counts.other > best_count) {
    best = Script::kOther;
  }
  return best;
}

bool IsBidiControl(char32_t code_point) {
  return code_point == 0x200E || code_point == 0x200F || code_point == 0x061C ||
         (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

}  // namespace mizan::text
