// Mizan — governance gateway for language models.

#include "mizan/text/language.h"

#include <algorithm>
#include <array>
#include <string>

#include "mizan/text/language_internal.h"
#include "mizan/text/normalize.h"
#include "mizan/text/script.h"
#include "mizan/text/tokenizer.h"
#include "mizan/text/utf8.h"

namespace mizan::text {
namespace {

using internal::Candidate;
using internal::Scores;
using enum internal::Candidate;

constexpr std::array<std::string_view, kCandidates> kTags = {"ar", "ary", "zgh",      "fr",
                                                             "en", "es",  "ary-Latn", "zgh-Latn"};

bool IsOneOf(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

// Letters that point to one candidate, counted on the raw text because search folding
// removes accents. Greek ε stands in for ɛ in much Kabyle typing.
void AddCharacterCues(std::string_view utf8, Scores& scores) {
  size_t offset = 0;
  while (offset < utf8.size()) {
    char32_t c = DecodeUtf8(utf8, &offset);
    if (IsOneOf(c, U"¿¡ñÑ")) {
      scores[kEs] += 2.0;
    } else if (IsOneOf(c, U"áíóúÁÍÓÚ")) {
      scores[kEs] += 1.0;
    } else if (IsOneOf(c, U"èêëàâçùûôîïœÈÊÀÇÔ")) {
      scores[kFr] += 1.0;
    } else if (c == U'é' || c == U'É') {
      scores[kFr] += 0.6;  // Spanish writes é too, less often.
      scores[kEs] += 0.3;
    } else if (IsOneOf(c, U"ɣƔɛƐεḍḌṭṬṛṚẓẒṣṢḥḤčČǧǦəƏţǎ")) {
      scores[kZghLatn] += 2.0;
    } else if (IsOneOf(c, U"\u06AD\u06AF\u06A4")) {
      scores[kAry] += 1.5;  // ڭ گ ڤ: letters for g and v that Darija spelling adds.
    }
  }
}

LanguageGuess Guess(std::string_view tag, Script script, double confidence) {
  return {std::string(tag), std::string(Iso15924(script)), std::clamp(confidence, 0.0, 1.0),
          "rules"};
}

// The best candidate among [first, last]: its margin over the runner-up, damped so that a
// single weak cue cannot give high confidence.
LanguageGuess PickBest(const Scores& scores, Candidate first, Candidate last, Script script,
                       double script_share) {
  Candidate best = first;
  for (int c = first; c <= last; ++c) {
    if (scores[c] > scores[best]) {
      best = static_cast<Candidate>(c);
    }
  }
  double runner_up = 0.0;
  for (int c = first; c <= last; ++c) {
    if (c != best) {
      runner_up = std::max(runner_up, scores[c]);
    }
  }
  if (scores[best] <= 0.0) {
    return Guess("und", script, 0.0);
  }
  double margin = (scores[best] - runner_up) / (scores[best] + runner_up + 2.0);
  return Guess(kTags[best], script, margin * script_share);
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view utf8) {
  ScriptCounts counts = CountLetters(utf8);
  Script script = DominantScript(utf8);
  if (counts.total() == 0) {
    return Guess("und", Script::kCommon, 0.0);
  }
  double total = static_cast<double>(counts.total());
  if (script == Script::kTifinagh) {
    return Guess("zgh", script, static_cast<double>(counts.tifinagh) / total);
  }
  if (script == Script::kOther) {
    return Guess("und", script, 0.0);
  }
  Scores scores{};
  AddCharacterCues(utf8, scores);
  std::string folded = FoldForSearch(utf8);
  for (const Token& token : TokenizeFoldedWithScripts(folded)) {
    if (token.script == Script::kArabic) {
      internal::ScoreArabicWord(token.text, scores);
    } else if (token.script == Script::kLatin) {
      bool after_hyphen = token.text.data() > folded.data() && token.text.data()[-1] == '-';
      internal::ScoreLatinWord(token.text, after_hyphen, scores);
    }
  }
  if (script == Script::kArabic) {
    // Standard Arabic is the written default: it wins ties and texts without cues.
    scores[kAr] += 1.0;
    if (scores[kZghArab] < 3.0) {
      scores[kZghArab] = 0.0;
    }
    return PickBest(scores, kAr, kZghArab, script, static_cast<double>(counts.arabic) / total);
  }
  return PickBest(scores, kFr, kZghLatn, script, static_cast<double>(counts.latin) / total);
}

}  // namespace mizan::text
