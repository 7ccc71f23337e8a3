// Mizan — governance gateway for language models.
//
// Rule-based language identification for the languages of DESIGN.md: the dominant script
// picks the family, then weighted lexicons of function words and spelling cues (Darija verb
// prefixes, Arabizi digits, Tamazight letters) pick the language. It needs no model and
// runs in microseconds; it is weak on very short or heavily code-switched text, where the
// confidence says so. A trained model (fastText) may replace it later behind the same
// struct, with a different `method`. Pure function, thread-safe.

#ifndef MIZAN_TEXT_LANGUAGE_H_
#define MIZAN_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace mizan::text {

struct LanguageGuess {
  // One of "ar", "ary", "ary-Latn", "zgh", "zgh-Latn", "fr", "en", "es", "und".
  std::string tag;
  // ISO 15924 code of the dominant script ("Arab", "Latn", "Tfng", "Zzzz"), or "Zyyy" for
  // text without letters. Tamazight written in Arabic script comes out as tag "zgh" with
  // script "Arab".
  std::string script;
  // In [0, 1]: how far the winning language is ahead of the runner-up, scaled by the share
  // of letters in the dominant script. 0 for "und".
  double confidence = 0.0;
  // How the guess was made: "rules" for this implementation.
  std::string method;
};

// Guesses the language of `utf8`:
//  - no letters (empty, digits, punctuation, emoji) → "und", confidence 0;
//  - Tifinagh → "zgh";
//  - Arabic script → "ary" when Darija evidence (its own lexicon: ديال، بغيت، كيفاش، واش،
//    شنو، دابا، بزاف، ...; the verb prefixes كا-/كي- and the negation ما...ش) outweighs
//    Modern Standard Arabic evidence, "zgh" for Tachelhit-like function words, else "ar";
//  - Latin script → the best of "fr", "en", "es" (function words, accents), "ary-Latn"
//    (Arabizi: digits 2/3/7/9 inside words, Darija words) and "zgh-Latn" (ɣ ɛ ḍ ṭ ṛ ẓ ṣ ḥ
//    and Tamazight words); "und" when no cue at all is found;
//  - any other script → "und".
// REQUIRES: `utf8` is valid UTF-8.
LanguageGuess IdentifyLanguage(std::string_view utf8);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_LANGUAGE_H_
