// Mizan — governance gateway for language models.

#include "mizan/text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "mizan/text/script.h"
#include "mizan/text/utf8.h"

namespace mizan::text {
namespace {

const icu::Normalizer2* NfkcCasefold() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? normalizer : nullptr;
  }();
  return instance;
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? normalizer : nullptr;
  }();
  return instance;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

// NFKC_Casefold of `utf8`; ASCII needs only lower-casing, which the main loop does.
std::string CasefoldNfkc(std::string_view utf8) {
  const icu::Normalizer2* normalizer = NfkcCasefold();
  if (IsAscii(utf8) || normalizer == nullptr) {
    return std::string(utf8);
  }
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8);
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  normalizer->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())),
                            sink, nullptr, status);
  // Only allocation failure can get here; unnormalised text still folds the rest of the way.
  return U_SUCCESS(status) ? out : std::string(utf8);
}

bool IsSpaceOrControl(char32_t c) {
  if (c < 0x80) {
    return c <= 0x20 || c == 0x7F;
  }
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || u_iscntrl(static_cast<UChar32>(c));
}

// Characters with no meaning for search (step 2 of FoldForSearch).
bool IsDropped(char32_t c) {
  return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) || IsBidiControl(c) || c == 0x200C || c == 0x200D ||
         c == 0x00AD || c == 0xFEFF;
}

// Latin letters whose diacritic is not a Unicode combining mark, so NFD leaves them whole.
std::string_view LatinLigatureOrStroke(char32_t c) {
  switch (c) {
    case 0x00E6:
      return "ae";
    case 0x0153:
      return "oe";
    case 0x00F8:
      return "o";
    case 0x0142:
      return "l";
    case 0x0111:
      return "d";
    case 0x0127:
      return "h";
    case 0x0131:
      return "i";
    default:
      return {};
  }
}

void AppendLatinWithoutDiacritics(char32_t c, std::string& out) {
  std::string_view replacement = LatinLigatureOrStroke(c);
  if (!replacement.empty()) {
    out.append(replacement);
    return;
  }
  icu::UnicodeString decomposition;
  const icu::Normalizer2* nfd = Nfd();
  if (nfd == nullptr || !nfd->getDecomposition(static_cast<UChar32>(c), decomposition)) {
    AppendUtf8(out, c);
    return;
  }
  for (int32_t i = 0; i < decomposition.length(); i = decomposition.moveIndex32(i, 1)) {
    UChar32 part = decomposition.char32At(i);
    if ((U_GET_GC_MASK(part) & U_GC_M_MASK) == 0) {
      AppendUtf8(out, static_cast<char32_t>(part));
    }
  }
}

char32_t FoldArabicLetter(char32_t c) {
  switch (c) {
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ
    case 0x0672:
    case 0x0673:
      return 0x0627;  // ا
    case 0x0649:      // ى
    case 0x0626:      // ئ
    case 0x06CC:      // Persian yeh
      return 0x064A;  // ي
    case 0x0629:      // ة
      return 0x0647;  // ه
    case 0x0624:      // ؤ
      return 0x0648;  // و
    case 0x06A9:      // Persian keheh
      return 0x0643;  // ك
    default:
      return c;
  }
}

// Steps 3 and 4 for one code point that is kept.
void AppendFolded(char32_t c, LatinMarks marks, std::string& out) {
  if (c < 0x80) {
    // Only the all-ASCII fast path skipped ICU, so lower-case here.
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  } else if (c >= 0x0600 && c <= 0x06FF) {
    AppendUtf8(out, FoldArabicLetter(c));
  } else if (c >= 0x0300 && c <= 0x036F) {
    // A combining accent that NFKC could not compose onto its base: drop it like the rest.
  } else if (marks == LatinMarks::kRemove && ScriptOf(c) == Script::kLatin) {
    AppendLatinWithoutDiacritics(c, out);
  } else {
    AppendUtf8(out, c);
  }
}

char32_t FoldDigitOrApostrophe(char32_t c) {
  if (c >= 0x0660 && c <= 0x0669) {
    return U'0' + (c - 0x0660);
  }
  if (c >= 0x06F0 && c <= 0x06F9) {
    return U'0' + (c - 0x06F0);
  }
  if (c == 0x2019 || c == 0x02BC) {
    return U'\'';
  }
  return c;
}

}  // namespace

std::string FoldForSearch(std::string_view utf8, LatinMarks marks) {
  std::string normalized = CasefoldNfkc(utf8);
  std::string out;
  out.reserve(normalized.size());
  bool pending_space = false;
  size_t offset = 0;
  while (offset < normalized.size()) {
    char32_t c = DecodeUtf8(normalized, &offset);
    if (IsSpaceOrControl(c)) {
      pending_space = true;
      continue;
    }
    if (c >= 0x80 && IsDropped(c)) {
      continue;
    }
    if (pending_space && !out.empty()) {
      out.push_back(' ');
    }
    pending_space = false;
    AppendFolded(FoldDigitOrApostrophe(c), marks, out);
  }
  return out;
}

std::string RemoveLatinDiacritics(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  size_t offset = 0;
  while (offset < folded.size()) {
    char32_t c = DecodeUtf8(folded, &offset);
    if (c >= 0x80 && ScriptOf(c) == Script::kLatin) {
      AppendLatinWithoutDiacritics(c, out);
    } else {
      AppendUtf8(out, c);
    }
  }
  return out;
}

}  // namespace mizan::text
