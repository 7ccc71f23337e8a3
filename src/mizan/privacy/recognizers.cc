// Mizan — governance gateway for language models.

#include "mizan/privacy/recognizers.h"

#include <algorithm>
#include <array>

#include <re2/re2.h>

#include "mizan/text/utf8.h"

namespace mizan::privacy {
namespace {

// Any digit a Moroccan user may type: ASCII, Arabic-Indic, Extended Arabic-Indic.
#define MIZAN_DIGIT "[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]"
#define MIZAN_ZERO "[0\\x{0660}\\x{06F0}]"
#define MIZAN_FIVE_TO_EIGHT "[5-8\\x{0665}-\\x{0668}\\x{06F5}-\\x{06F8}]"
// Between digits: up to two of space, dot, dash, no-break and thin spaces, or a bidi mark.
#define MIZAN_SEP "[ .\\-\\x{00A0}\\x{202F}\\x{2009}\\x{200E}\\x{200F}]{0,2}"

const RE2& EmailPattern() {
  static const RE2 pattern(
      R"(([A-Za-z0-9_][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)"
      R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}))");
  return pattern;
}

const RE2& PhonePattern() {
  // +212, 00212, (+212) or a bare 212, optionally "(0)", then 5-8 and eight digits; or the
  // national form with its leading 0.
  static const RE2 pattern("((?:\\(?(?:\\+|00)?[ ]?212\\)?" MIZAN_SEP "(?:\\(0\\)" MIZAN_SEP
                           ")?|" MIZAN_ZERO ")" MIZAN_FIVE_TO_EIGHT "(?:" MIZAN_SEP MIZAN_DIGIT
                           "){8})");
  return pattern;
}

const RE2& CinPattern() {
  static const RE2 pattern(R"(([A-Za-z]{1,2})[ \-]?([0-9]{4,6}))");
  return pattern;
}

// Characters that make a match part of a longer token: Latin letters, digits of any form and
// '_'. Arabic letters are not among them, because people glue numbers to Arabic words
// ("رقمي0612345678") and those numbers are still personal data.
bool IsGlueCharacter(char32_t c) {
  return c == '_' || (c < 0x80 && std::isalnum(static_cast<int>(c)) != 0) ||
         (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

bool IsAnyDigit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

// The code point before `offset` and at `end`, to reject matches glued to other tokens.
bool IsWordCharBefore(std::string_view text, size_t offset) {
  if (offset == 0) {
    return false;
  }
  size_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t cursor = start;
  return IsGlueCharacter(text::DecodeUtf8(text, &cursor));
}

char32_t CodePointBefore(std::string_view text, size_t offset) {
  size_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  return text::DecodeUtf8(text, &start);
}

bool IsAnyDigitBefore(std::string_view text, size_t offset) {
  return offset > 0 && IsAnyDigit(CodePointBefore(text, offset));
}

bool IsAnyDigitAt(std::string_view text, size_t offset) {
  size_t cursor = offset;
  return offset < text.size() && IsAnyDigit(text::DecodeUtf8(text, &cursor));
}

bool IsWordCharAt(std::string_view text, size_t offset) {
  if (offset >= text.size()) {
    return false;
  }
  size_t cursor = offset;
  return IsGlueCharacter(text::DecodeUtf8(text, &cursor));
}

std::string AsciiDigitsOnly(std::string_view value) {
  std::string digits;
  size_t cursor = 0;
  while (cursor < value.size()) {
    char32_t c = text::DecodeUtf8(value, &cursor);
    if (c >= '0' && c <= '9') {
      digits.push_back(static_cast<char>(c));
    } else if (c >= 0x0660 && c <= 0x0669) {
      digits.push_back(static_cast<char>('0' + (c - 0x0660)));
    } else if (c >= 0x06F0 && c <= 0x06F9) {
      digits.push_back(static_cast<char>('0' + (c - 0x06F0)));
    }
  }
  return digits;
}

std::string NormalizePhone(std::string_view value) {
  std::string digits = AsciiDigitsOnly(value);
  if (digits.rfind("00212", 0) == 0) {
    digits = digits.substr(5);
  } else if (digits.rfind("212", 0) == 0) {
    digits = digits.substr(3);
  }
  if (!digits.empty() && digits[0] == '0') {
    digits = digits.substr(1);  // "(0)" after the country code, or the national trunk 0.
  }
  return "212" + digits;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Words that announce an identity-card number, in French, Arabic and Darija.
bool HasCinContext(std::string_view text, size_t begin) {
  constexpr size_t kWindow = 60;
  size_t start = begin > kWindow ? begin - kWindow : 0;
  std::string window = Lower(text.substr(start, begin - start));
  static constexpr std::array<std::string_view, 12> kContext = {
      "cin",   "c.i.n",   "cnie",   "carte nationale", "carte d'identit", "identity",
      "بطاقة", "البطاقة", "لاكارط", "رقم التعريف",     "cart nat",        "la carte"};
  return std::any_of(kContext.begin(), kContext.end(),
                     [&](std::string_view word) { return window.find(word) != std::string::npos; });
}

void FindAll(std::string_view text, const RE2& pattern, const std::string& type,
             std::vector<Finding>& out) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t position = 0;
  while (position <= text.size() &&
         pattern.Match(input, position, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    size_t end = begin + match.size();
    if (match.empty()) {
      ++position;
      continue;
    }
    position = end;
    // A phone number glued to a longer digit run is a different number; glued to letters
    // ("tel0612345678") it is still a phone number. CINs need clean edges on both sides,
    // e-mails only at the start (the pattern already stops at the domain's end).
    bool glued = false;
    if (type == "PHONE") {
      glued = (begin > 0 && IsAnyDigitBefore(text, begin)) || IsAnyDigitAt(text, end);
    } else if (type == "CIN") {
      glued = IsWordCharBefore(text, begin) || IsWordCharAt(text, end);
    } else {
      glued = IsWordCharBefore(text, begin);
    }
    if (glued) {
      continue;
    }
    std::string_view value = text.substr(begin, end - begin);
    Finding finding{type, begin, end, {}};
    if (type == "EMAIL") {
      finding.normalized = Lower(value);
    } else if (type == "PHONE") {
      finding.normalized = NormalizePhone(value);
    } else {
      std::string letters;
      std::string digits;
      RE2::FullMatch(re2::StringPiece(value.data(), value.size()), CinPattern(), &letters, &digits);
      bool upper = std::all_of(letters.begin(), letters.end(),
                               [](unsigned char c) { return std::isupper(c); });
      if (!HasCinContext(text, begin) && !(upper && digits.size() >= 5)) {
        continue;
      }
      finding.normalized = Lower(letters) + digits;
    }
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> Recognize(std::string_view text) {
  std::vector<Finding> all;
  FindAll(text, EmailPattern(), "EMAIL", all);
  FindAll(text, PhonePattern(), "PHONE", all);
  FindAll(text, CinPattern(), "CIN", all);
  std::sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<Finding> kept;
  for (Finding& finding : all) {
    if (!kept.empty() && finding.begin < kept.back().end) {
      if (finding.end - finding.begin > kept.back().end - kept.back().begin) {
        kept.back() = std::move(finding);  // The longer reading wins.
      }
      continue;
    }
    kept.push_back(std::move(finding));
  }
  return kept;
}

}  // namespace mizan::privacy
