// Mizan — governance gateway for language models.

#include "mizan/text/language_tag.h"

#include <initializer_list>
#include <string>

namespace mizan::text {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    }
  }
  return out;
}

bool IsOneOf(std::string_view value, std::initializer_list<std::string_view> options) {
  for (std::string_view option : options) {
    if (value == option) {
      return true;
    }
  }
  return false;
}

bool HasLatinSubtag(std::string_view rest) {
  while (!rest.empty()) {
    size_t end = rest.find_first_of("-_");
    if (rest.substr(0, end) == "latn") {
      return true;
    }
    if (end == std::string_view::npos) {
      break;
    }
    rest.remove_prefix(end + 1);
  }
  return false;
}

}  // namespace

Language LanguageFromTag(std::string_view tag) {
  std::string lowered = Lower(tag);
  std::string_view view = lowered;
  size_t separator = view.find_first_of("-_");
  std::string_view primary = view.substr(0, separator);
  std::string_view rest =
      separator == std::string_view::npos ? std::string_view() : view.substr(separator + 1);
  bool latin = HasLatinSubtag(rest);
  if (IsOneOf(primary, {"fr", "fra", "fre"})) {
    return Language::kFrench;
  }
  if (IsOneOf(primary, {"en", "eng"})) {
    return Language::kEnglish;
  }
  if (IsOneOf(primary, {"es", "spa"})) {
    return Language::kSpanish;
  }
  if (IsOneOf(primary, {"ar", "arb", "ara"})) {
    // Standard Arabic is not written in Latin script; a Latin tag means Arabizi.
    return latin ? Language::kDarijaLatin : Language::kArabic;
  }
  if (primary == "ary") {
    return latin ? Language::kDarijaLatin : Language::kDarija;
  }
  if (IsOneOf(primary, {"zgh", "tzm", "shi", "rif", "kab", "ber"})) {
    return latin ? Language::kTamazightLatin : Language::kTamazight;
  }
  return Language::kUnknown;
}

std::string_view LanguageTag(Language language) {
  switch (language) {
    case Language::kUnknown:
      return "und";
    case Language::kArabic:
      return "ar";
    case Language::kDarija:
      return "ary";
    case Language::kDarijaLatin:
      return "ary-Latn";
    case Language::kTamazight:
      return "zgh";
    case Language::kTamazightLatin:
      return "zgh-Latn";
    case Language::kFrench:
      return "fr";
    case Language::kEnglish:
      return "en";
    case Language::kSpanish:
      return "es";
  }
  return "und";
}

}  // namespace mizan::text
