// Mizan — governance gateway for language models.

#include "mizan/text/sentences.h"

#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "mizan/text/script.h"
#include "mizan/text/utf8.h"

namespace mizan::text {
namespace {

// Abbreviations common in Moroccan legal and administrative French (and a few English and
// Spanish ones), after which "." does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "Art.", "art.",  "Arts.", "arts.", "Al.",  "al.",  "Cf.",  "cf.",  "p.",   "pp.",   "M.",
    "MM.",  "Mme.",  "Mlle.", "Me.",   "Dr.",  "Pr.",  "No.",  "no.",  "N.",   "n.",    "B.O.",
    "vol.", "chap.", "ch.",   "sect.", "ann.", "Ann.", "éd.",  "op.",  "cit.", "ibid.", "Ibid.",
    "av.",  "bd.",   "tél.",  "Tél.",  "réf.", "Réf.", "ex.",  "env.", "Mr.",  "Mrs.",  "Ms.",
    "vs.",  "e.g.",  "i.e.",  "Sr.",   "Sra.", "núm.", "pág.", "Dir.", "Doc.", "Tit.",
};

std::unique_ptr<icu::BreakIterator> NewSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    return nullptr;
  }
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status)) {
    return base;  // Without suppressions, abbreviations split more often; still usable.
  }
  for (std::string_view abbreviation : kAbbreviations) {
    builder->suppressBreakAfter(
        icu::UnicodeString::fromUTF8(
            icu::StringPiece(abbreviation.data(), static_cast<int32_t>(abbreviation.size()))),
        status);
  }
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(base.release(), status));
  return U_SUCCESS(status) ? std::move(filtered) : nullptr;
}

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// A line break next to a blank line (or the text's edge) is a paragraph end.
bool IsParagraphBreak(std::string_view text, size_t newline) {
  size_t after = newline + 1;
  while (after < text.size() && IsHorizontalSpace(text[after])) {
    ++after;
  }
  if (after == text.size() || text[after] == '\n') {
    return true;
  }
  size_t before = newline;
  while (before > 0 && IsHorizontalSpace(text[before - 1])) {
    --before;
  }
  return before == 0 || text[before - 1] == '\n';
}

// A copy where carriage returns and wrapped-line breaks are spaces. Byte lengths do not
// change, so ICU's offsets into the copy are offsets into the original.
std::string JoinWrappedLines(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\r') {
      out[i] = ' ';
    } else if (out[i] == '\n' && !IsParagraphBreak(text, i)) {
      out[i] = ' ';
    }
  }
  return out;
}

// ICU's boundaries over `text`, or one span covering it if ICU is unavailable.
std::vector<TextSpan> IcuSentences(const std::string& text) {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = NewSentenceIterator();
  if (iterator == nullptr) {
    return {{0, text.size()}};
  }
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator->setText(&utext, status);
  std::vector<TextSpan> spans;
  if (U_SUCCESS(status)) {
    int32_t begin = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
      spans.push_back({static_cast<size_t>(begin), static_cast<size_t>(end)});
      begin = end;
    }
  } else {
    spans.push_back({0, text.size()});
  }
  // The iterator keeps a shallow clone that still points at `text`; it is not read again
  // before the next setText replaces it.
  utext_close(&utext);
  return spans;
}

bool IsSpaceAt(std::string_view text, size_t offset, size_t* next) {
  *next = offset;
  char32_t c = DecodeUtf8(text, next);
  return c < 0x80 ? (c <= 0x20) : u_isUWhiteSpace(static_cast<UChar32>(c));
}

TextSpan Trim(std::string_view text, TextSpan span) {
  size_t next = 0;
  while (span.begin < span.end && IsSpaceAt(text, span.begin, &next)) {
    span.begin = next;
  }
  while (span.end > span.begin) {
    size_t last = span.end - 1;
    while (last > span.begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) {
      --last;
    }
    if (!IsSpaceAt(text, last, &next)) {
      break;
    }
    span.end = last;
  }
  return span;
}

// How a piece that should not stand alone attaches to the next one.
enum class Fragment {
  kNone,     // A sentence of its own.
  kSymbols,  // No letter or digit (a bullet "•", "–", a PDF private-use glyph): always joins.
  kShort,    // "1.", "IV.", "-5-", an abbreviation ICU did not know: joins within a paragraph.
};

Fragment ClassifyPiece(std::string_view piece) {
  size_t letters = 0;
  size_t digits = 0;
  size_t offset = 0;
  while (offset < piece.size()) {
    char32_t c = DecodeUtf8(piece, &offset);
    letters += IsLetter(c) ? 1 : 0;
    digits += u_isdigit(static_cast<UChar32>(c)) ? 1 : 0;
  }
  if (letters == 0) {
    return digits == 0 ? Fragment::kSymbols : Fragment::kShort;
  }
  bool one_word = piece.find_first_of(" \t\n") == std::string_view::npos;
  return one_word && piece.back() == '.' && letters <= 4 ? Fragment::kShort : Fragment::kNone;
}

// Arabic semicolon "؛" ends a sentence in Mizan's reading; ICU treats it as a comma.
void SplitAtArabicSemicolons(std::string_view text, TextSpan span, std::vector<TextSpan>& out) {
  constexpr std::string_view kArabicSemicolon = "\u061B";
  size_t begin = span.begin;
  size_t found = text.find(kArabicSemicolon, begin);
  while (found != std::string_view::npos && found + kArabicSemicolon.size() < span.end) {
    size_t end = found + kArabicSemicolon.size();
    out.push_back({begin, end});
    begin = end;
    found = text.find(kArabicSemicolon, begin);
  }
  out.push_back({begin, span.end});
}

bool HasBlankLine(std::string_view gap) {
  size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

// French sets closing quotes apart ("« Non ! »"), so ICU ends the sentence before "»"; a
// closing quote or bracket that opens a piece belongs to the sentence before it.
void MoveLeadingClosersBack(std::string_view text, TextSpan& previous, TextSpan& piece) {
  while (piece.begin < piece.end) {
    size_t next = piece.begin;
    char32_t c = DecodeUtf8(text, &next);
    int8_t type = u_charType(static_cast<UChar32>(c));
    bool closer = c == U'"' || type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION;
    if (!closer) {
      return;
    }
    previous.end = next;
    piece = Trim(text, {next, piece.end});
  }
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view utf8) {
  std::vector<TextSpan> pieces;
  for (TextSpan span : IcuSentences(JoinWrappedLines(utf8))) {
    SplitAtArabicSemicolons(utf8, span, pieces);
  }
  std::vector<TextSpan> sentences;
  Fragment previous = Fragment::kNone;
  for (TextSpan piece : pieces) {
    piece = Trim(utf8, piece);
    if (!sentences.empty()) {
      MoveLeadingClosersBack(utf8, sentences.back(), piece);
    }
    if (piece.begin == piece.end) {
      continue;
    }
    bool join =
        previous == Fragment::kSymbols ||
        (previous == Fragment::kShort &&
         !HasBlankLine(utf8.substr(sentences.back().end, piece.begin - sentences.back().end)));
    if (join) {
      sentences.back().end = piece.end;
    } else {
      sentences.push_back(piece);
    }
    previous = ClassifyPiece(utf8.substr(piece.begin, piece.end - piece.begin));
  }
  return sentences;
}

}  // namespace mizan::text
