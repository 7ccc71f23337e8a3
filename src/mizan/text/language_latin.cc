// Mizan — governance gateway for language models.

#include <algorithm>
#include <string_view>

#include "mizan/text/language_internal.h"

namespace mizan::text::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsVowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }
bool IsConsonant(char c) { return IsLetter(c) && !IsVowel(c); }

bool IsUnitSuffix(std::string_view suffix) {
  static constexpr std::string_view kSuffixes[] = {"e",  "er", "eme", "em", "ere", "nd",  "st",
                                                   "rd", "th", "h",   "km", "kg",  "min", "dh",
                                                   "x",  "g",  "mm",  "cm", "ml",  "ans"};
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), suffix) != std::end(kSuffixes);
}

// Arabizi writes ع ح ق ء with 3 7 9 2 (and 5 for خ) in words: inside ("m3a", "sa7bi"), in
// front ("3la", "9alb") or, for 3 7 9, at the end ("ga3"). Ordinals, units and product
// names ("2eme", "15h", "mp3", "covid19") do not count.
bool HasArabiziDigit(std::string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::string_view("23579").find(word[i]) == std::string_view::npos) {
      continue;
    }
    size_t after = i + 1;
    while (after < word.size() && IsDigit(word[after])) {
      ++after;
    }
    std::string_view before = word.substr(0, i);
    std::string_view suffix = word.substr(after);
    bool inside =
        !before.empty() && IsLetter(before.back()) && !suffix.empty() && IsLetter(suffix[0]);
    bool in_front = before.empty() && suffix.size() >= 2 && !IsUnitSuffix(suffix);
    bool at_end = suffix.empty() && after == i + 1 && before.size() >= 2 && before != "mp" &&
                  word[i] != '2' && word[i] != '5';
    if (inside || in_front || at_end) {
      return true;
    }
  }
  return false;
}

// Word shapes of Moroccan Arabic written in Latin letters.
double ArabiziMorphology(std::string_view word) {
  if (HasArabiziDigit(word)) {
    return 2.5;
  }
  size_t size = word.size();
  if (size >= 6 && word.starts_with("ma") && word.ends_with("ch")) {
    return 2.5;  // Negation ma-...-ch: "mabghitch", "makaynch".
  }
  auto person = [&](size_t at) {
    return at < size && std::string_view("nty").find(word[at]) != std::string_view::npos;
  };
  if ((size >= 6 && word.starts_with("ka") && person(2)) ||
      (size >= 7 && word.starts_with("gha") && person(3))) {
    return 1.5;  // Present ka- and future gha-: "kaydir", "katdir", "ghanmchi".
  }
  if (size >= 3 && word.find_first_not_of('h') == std::string_view::npos) {
    return 1.5;  // "hhhh", laughter as Moroccan social media writes it.
  }
  // The article l- glued to a consonant ("lmdina"), the preposition f- with it ("flmdina")
  // and an initial kh ("khoya") never start a French, English or Spanish word.
  auto glued = [&](size_t at) {
    return size >= at + 3 && IsConsonant(word[at]) &&
           std::string_view("lry").find(word[at]) == std::string_view::npos;
  };
  bool article = (word[0] == 'l' && glued(1)) || (word.starts_with("fl") && glued(2));
  return article || (size >= 3 && word.starts_with("kh")) ? 1.0 : 0.0;
}

// Tamazight feminine nouns wrap the stem in t...t ("tamurt", "tanmirt", "tudert"), and
// verbs in the third person start with ye-/te- before a double consonant ("yekkes",
// "teqqim"; l, r, n and s are left out for "tell", "terre", "tennis", "tess").
double TamazightMorphology(std::string_view word) {
  size_t size = word.size();
  bool feminine = size >= 5 && word[0] == 't' &&
                  (word[1] == 'a' || word[1] == 'i' || word[1] == 'u') && word.back() == 't';
  if (feminine) {
    return 0.75;
  }
  bool verb = size >= 5 && (word[0] == 'y' || word[0] == 't') && word[1] == 'e' &&
              word[2] == word[3] && IsConsonant(word[2]) &&
              std::string_view("lrns").find(word[2]) == std::string_view::npos;
  return verb ? 1.5 : 0.0;
}

// Pronoun clitics that Kabyle and Tachelhit attach with a hyphen ("ufus-is", "yark-ik").
bool IsTamazightClitic(std::string_view word) {
  static constexpr std::string_view kClitics[] = {
      "it",   "is",  "as",  "iw",  "ik",   "im",  "in",  "id",   "asen", "ay",  "ak", "am", "tt",
      "tent", "ten", "iyi", "ayi", "ines", "inu", "nni", "nneɣ", "nnun", "ann", "ad", "a"};
  return std::find(std::begin(kClitics), std::end(kClitics), word) != std::end(kClitics);
}

// Endings that lean to one of French, English and Spanish.
void AddEndingCues(std::string_view word, Scores& scores) {
  size_t size = word.size();
  if (size >= 4 && (word.back() == 'o' || word.ends_with("os"))) {
    scores[kEs] += 0.5;
  } else if (size >= 5 && word.ends_with("ing")) {
    scores[kEn] += 0.75;
  } else if (size >= 4 && (word.ends_with("eux") || word.ends_with("eau") ||
                           word.ends_with("aient") || word.ends_with("ait"))) {
    scores[kFr] += 0.75;
  }
}

}  // namespace

void ScoreLatinWord(std::string_view word, bool after_hyphen, Scores& scores) {
  if (after_hyphen && IsTamazightClitic(word)) {
    scores[kZghLatn] += 1.5;
    return;  // "-it" is a Kabyle pronoun here, not the English word.
  }
  scores[kFr] += FrenchLexicon().Weight(word);
  scores[kEn] += EnglishLexicon().Weight(word);
  scores[kEs] += SpanishLexicon().Weight(word);
  AddEndingCues(word, scores);
  scores[kAryLatn] += ArabiziLexicon().Weight(word) + ArabiziMorphology(word);
  scores[kZghLatn] += TamazightLatinLexicon().Weight(word) + TamazightMorphology(word);
  // Word-initial double consonants ("tta", "ddir", "ssufɣen") occur in Darija (assimilated
  // article) and in Tamazight, not in French or English; Spanish "ll" is excluded.
  if (word.size() >= 3 && word[0] == word[1] && IsConsonant(word[0]) && word[0] != 'l') {
    scores[kAryLatn] += 1.0;
    scores[kZghLatn] += 0.75;
  }
}

}  // namespace mizan::text::internal
