// Mizan — governance gateway for language models.
//
// The languages Mizan tells apart and their BCP 47 tags (DESIGN.md, "Languages and tags").
// Parsing is lenient about case, separators and ISO 639-2/3 codes, because tags arrive from
// callers, datasets and configuration files written by hand. Pure functions, thread-safe.

#ifndef MIZAN_TEXT_LANGUAGE_TAG_H_
#define MIZAN_TEXT_LANGUAGE_TAG_H_

#include <string_view>

namespace mizan::text {

enum class Language {
  kUnknown,         // und
  kArabic,          // ar: Modern Standard Arabic
  kDarija,          // ary: Moroccan Arabic in Arabic script
  kDarijaLatin,     // ary-Latn: Moroccan Arabic in Latin script (Arabizi)
  kTamazight,       // zgh: Tamazight in Tifinagh
  kTamazightLatin,  // zgh-Latn: Tamazight in Latin script
  kFrench,          // fr
  kEnglish,         // en
  kSpanish,         // es
};

// "fr", "FR", "fr-MA", "fra" → kFrench; "ar", "arb", "ara" → kArabic; "ary" → kDarija and
// "ary-Latn" → kDarijaLatin; "zgh", "tzm", "shi", "rif", "kab", "ber" → kTamazight, or
// kTamazightLatin with a "Latn" script subtag. Anything else, empty included, → kUnknown.
Language LanguageFromTag(std::string_view tag);

// The canonical tag: "ar", "ary", "ary-Latn", "zgh", "zgh-Latn", "fr", "en", "es", "und".
std::string_view LanguageTag(Language language);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_LANGUAGE_TAG_H_
