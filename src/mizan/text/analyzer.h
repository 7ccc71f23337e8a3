// Mizan — governance gateway for language models.
//
// Turns text into search terms: the one function through which both passages (at indexing)
// and questions (at query time) pass, so that they meet on the same terms. It folds
// (normalize.h), splits into words (tokenizer.h), drops function words (stopwords.h) and
// reduces words to Snowball stems. It does not rank, index or detect the language: the
// caller passes the language tag it knows (from IdentifyLanguage or from the document).
// Thread-safe: Snowball stemmers are not, so each thread keeps its own instances.

#ifndef MIZAN_TEXT_ANALYZER_H_
#define MIZAN_TEXT_ANALYZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "mizan/text/language_tag.h"

namespace mizan::text {

class Analyzer {
 public:
  // Changes whenever a change here (folding, tokenising, stop lists, stemming) changes the
  // terms of some text: stored passage terms from another version are recomputed on load.
  static constexpr int kVersion = 4;

  // Terms of `raw_utf8` in text order, duplicates kept (term frequency matters to BM25).
  // Per word, by script:
  //  - Arabic script: Arabic stop list, then the Snowball "arabic" stemmer, whatever the tag
  //    (MSA and Darija share the script and most morphology).
  //  - Latin script: the stop list and Snowball stemmer of the tag: fr → french, en →
  //    english, es → spanish. Every other tag (ary-Latn, zgh-Latn, ar, und, ...) uses
  //    french, the majority Latin-script language of Moroccan administration; ary-Latn also
  //    drops Arabizi function words. Accents are removed before stemming, so "sécurité" and
  //    "securite" give one term.
  //  - Tifinagh and other scripts: kept as folded, unstemmed.
  //  - Digits-only words ("09", "08", "2011") are kept whatever their length; any other
  //    word of one character is dropped.
  // Arabic words are folded before stemming, so ة/ه and ى/ي spellings, أ/ا variants,
  // vowel marks and Arabic-Indic digits all give the same terms; two gaps of the Snowball
  // Arabic stemmer are closed around it (و/ف before ال, a final ه on definite nouns; see
  // analyzer.cc).
  // REQUIRES: `raw_utf8` is valid UTF-8.
  std::vector<std::string> Terms(std::string_view raw_utf8, std::string_view language_tag) const;

  // Roots (arabic_root.h) of the Arabic words of `raw_utf8` that Terms keeps, each prefixed
  // with kRootMarker so they never collide with a stem. For recall, at a low weight.
  std::vector<std::string> ArabicRoots(std::string_view raw_utf8) const;
  static constexpr std::string_view kRootMarker = "\x1e";
};

}  // namespace mizan::text

#endif  // MIZAN_TEXT_ANALYZER_H_
