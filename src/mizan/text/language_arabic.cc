// Mizan — governance gateway for language models.

#include <string_view>

#include "mizan/text/language_internal.h"
#include "mizan/text/utf8.h"

namespace mizan::text::internal {
namespace {

constexpr size_t kArabicLetterBytes = 2;  // Every letter of the Arabic block is 2 bytes.

bool StartsWithAny(std::string_view word, size_t at, std::u32string_view letters) {
  size_t offset = at;
  if (offset >= word.size()) {
    return false;
  }
  char32_t c = DecodeUtf8(word, &offset);
  return letters.find(c) != std::u32string_view::npos;
}

// Darija verb morphology, which Standard Arabic spelling never produces (checked against
// news and conversational MSA): the present prefixes كي-/كت-/كن-/كا-, the negation م(ا)-...-ش,
// the future غا- and the preposition ف glued to an article ("فالمغرب"). The excluded third
// letters keep MSA nouns out ("كيف", "كتاب", "كنيسة", "كانوا", "كاتب").
double DarijaMorphology(std::string_view word) {
  if (CodePointLength(word) < 5) {
    return 0.0;
  }
  auto prefix = [&](std::u32string_view first, std::u32string_view second) {
    return StartsWithAny(word, 0, first) && StartsWithAny(word, kArabicLetterBytes, second);
  };
  auto third_not = [&](std::u32string_view excluded) {
    return !StartsWithAny(word, 2 * kArabicLetterBytes, excluded);
  };
  if (word.starts_with("\u0645") && word.ends_with("\u0634")) {
    return 2.5;  // م...ش / ما...ش: "مكانش", "ماكاينش", "ميمكنش".
  }
  if (prefix(U"\u0643", U"\u064A") && third_not(U"\u0641\u0627\u0644\u0645\u0633\u0646")) {
    return 2.0;  // كي-: "كيقول", "كيشبهو"; not "كيف", "كيان", "كيلو", "كيمياء".
  }
  if (prefix(U"\u0643", U"\u062A") && third_not(U"\u0627\u0628\u0644\u0641\u0645\u064A")) {
    return 2.0;  // كت-: "كتقدر", "كتهدد"; not "كتاب", "كتب", "كتلة".
  }
  if (prefix(U"\u0643", U"\u0646") && third_not(U"\u0627\u0632\u064A\u062F\u0648\u062A")) {
    return 1.5;  // كن-: "كنقول"; not "كنز", "كنيسة", "كندا", "كنت".
  }
  if (word.starts_with("\u0643\u0627\u064A") ||
      (word.starts_with("\u0643\u0627\u062A") &&
       !StartsWithAny(word, 3 * kArabicLetterBytes, U"\u0628\u062F\u0631")) ||
      (word.starts_with("\u0643\u0627\u0646") &&
       !StartsWithAny(word, 3 * kArabicLetterBytes,
                      U"\u0648\u062A\u0627\u062F\u0633\u064A\u0647"))) {
    return 2.0;  // كا-: "كاينة", "كاتقول", "كانشوف"; not "كانوا", "كاتب".
  }
  if (word.starts_with("\u0641\u0627\u0644") && CodePointLength(word) >= 6) {
    return 1.0;  // ف + article: "فالمغرب" (in Morocco).
  }
  if (word.starts_with("\u063A\u0627") && !third_not(U"\u064A\u062A\u0646")) {
    return 1.0;  // غا- + person: "غانمشي", "غايدير".
  }
  return 0.0;
}

// Tachelhit written in Arabic letters glues its prepositions to the Arabic article: n- "of"
// ("نالجمعية"), i- "to" ("يالجمعية"), s- "with" ("سالبرلمان"), and its aspect marker da-t-
// to verbs ("داتفضال"); Standard Arabic and Darija spell none of these.
double TamazightArabicMorphology(std::string_view word) {
  if (CodePointLength(word) < 6) {
    return 0.0;
  }
  if (word.starts_with("\u0646\u0627\u0644") || word.starts_with("\u062F\u0627\u062A")) {
    return 2.0;
  }
  if (word.starts_with("\u064A\u0627\u0644")) {
    return 1.0;
  }
  return word.starts_with("\u0633\u0627\u0644") ? 0.5 : 0.0;
}

// Lexicon weight of `word`, or of it without a leading و/ف conjunction ("واللي").
double PrefixedWeight(const Lexicon& lexicon, std::string_view word) {
  double weight = lexicon.Weight(word);
  if (weight == 0.0 && CodePointLength(word) >= 3 &&
      (word.starts_with("\u0648") || word.starts_with("\u0641"))) {
    weight = 0.8 * lexicon.Weight(word.substr(kArabicLetterBytes));
  }
  return weight;
}

}  // namespace

void ScoreArabicWord(std::string_view word, Scores& scores) {
  scores[kAry] += PrefixedWeight(DarijaArabicLexicon(), word) + DarijaMorphology(word);
  scores[kAr] += PrefixedWeight(StandardArabicLexicon(), word);
  scores[kZghArab] += TamazightArabicLexicon().Weight(word) + TamazightArabicMorphology(word);
}

}  // namespace mizan::text::internal
