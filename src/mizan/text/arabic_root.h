// Mizan — governance gateway for language models.
//
// ArabicRoot: a best-effort triliteral root for an Arabic word, for search recall. Arabic
// derives words from roots through patterns: "اعتراض" (objection) and "تعرض" (opposition)
// share ع ر ض, "يحتفظ" (keeps) and "محفوظة" (kept) share ح ف ظ. Stems alone cannot
// bring such words together; roots can, at the price of precision, so the index gives root
// matches a low weight beside stem matches (see corpus/passage_index.h).
//
// The method, in the manner of Khoja's and Taghva's (ISRI) root stemmers but written for
// this project: strip the article, conjunctions and attached pronouns or inflection
// suffixes, then match the remaining letters against common derivation patterns
// ("افتعال", "مفعول", "استفعل", ...) written with ف ع ل for the root letters. Words whose
// shape matches no pattern keep their stripped form. Input is a folded word (normalize.h).
// Pure function; thread-safe.

#ifndef MIZAN_TEXT_ARABIC_ROOT_H_
#define MIZAN_TEXT_ARABIC_ROOT_H_

#include <string>
#include <string_view>

namespace mizan::text {

std::string ArabicRoot(std::string_view folded_word);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_ARABIC_ROOT_H_
