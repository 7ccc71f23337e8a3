// Mizan — governance gateway for language models.
//
// Internal to IdentifyLanguage (language.h): the evidence scores, the weighted word lists
// and the per-script word scorers. Each list was written for Mizan in everyday spelling and
// is folded with FoldForSearch on first use, so lookups take FoldForSearch tokens. Weights
// say how much one word points to its language (3: unmistakable, 1: frequent but shared).
// Thread-safe (lists are built once, then only read).

#ifndef MIZAN_TEXT_LANGUAGE_INTERNAL_H_
#define MIZAN_TEXT_LANGUAGE_INTERNAL_H_

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mizan::text::internal {

// The languages competing within one script; Arabic-script ones first, then Latin ones.
enum Candidate { kAr, kAry, kZghArab, kFr, kEn, kEs, kAryLatn, kZghLatn, kCandidates };

// Summed evidence per candidate; only differences between candidates matter.
using Scores = std::array<double, kCandidates>;

// Add the evidence of one FoldForSearch word of Arabic (resp. Latin) script.
// `after_hyphen` says the word was joined to the previous one by "-" in the text, where
// Kabyle and Tachelhit attach pronouns ("ufus-is", "tewwet-it").
void ScoreArabicWord(std::string_view word, Scores& scores);
void ScoreLatinWord(std::string_view word, bool after_hyphen, Scores& scores);

// Number of code points in `utf8`.
size_t CodePointLength(std::string_view utf8);

// A group of space-separated words sharing one weight.
struct WeightedWords {
  double weight;
  std::string_view words;
};

class Lexicon {
 public:
  explicit Lexicon(std::initializer_list<WeightedWords> groups);

  // The weight of `folded_word`, or 0 when absent.
  double Weight(std::string_view folded_word) const;

 private:
  std::vector<std::pair<std::string, double>> entries_;  // Sorted by word.
};

const Lexicon& DarijaArabicLexicon();
const Lexicon& StandardArabicLexicon();
const Lexicon& TamazightArabicLexicon();
const Lexicon& FrenchLexicon();
const Lexicon& EnglishLexicon();
const Lexicon& SpanishLexicon();
const Lexicon& ArabiziLexicon();
const Lexicon& TamazightLatinLexicon();

}  // namespace mizan::text::internal

#endif  // MIZAN_TEXT_LANGUAGE_INTERNAL_H_
