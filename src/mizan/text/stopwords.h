// Mizan — governance gateway for language models.
//
// Function words that carry no topic (prepositions, pronouns, auxiliaries, question words),
// dropped before indexing and before querying so that "ما هو الحق في ..." and "quel est le
// droit de ..." match on their content words. The lists were written for Mizan in natural
// spelling and folded with FoldForSearch when first used, so they match folded tokens
// whatever the spelling of the query. Content words that look generic in legal text
// ("article", "loi", "droit", "قانون") are deliberately absent. Thread-safe.

#ifndef MIZAN_TEXT_STOPWORDS_H_
#define MIZAN_TEXT_STOPWORDS_H_

#include <string_view>

#include "mizan/text/language_tag.h"

namespace mizan::text {

// True when `folded_token` (a FoldForSearch word) is a function word of `language`.
// kArabic and kDarija share one Arabic-script list (MSA and Darija function words, with the
// common و/ف/ب/ل-prefixed forms); kDarijaLatin checks an Arabizi list and the French one,
// since Latin-script Darija switches to French constantly. Tamazight and kUnknown have no
// list and always return false.
bool IsStopword(std::string_view folded_token, Language language);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_STOPWORDS_H_
