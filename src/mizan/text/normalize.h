// Mizan — governance gateway for language models.
//
// The search view of text: one canonical spelling per word so that the index and the
// queries meet whatever keyboard, PDF extractor or spelling habit produced them. It is used
// for indexing and for queries alike, and nothing else: it destroys information (case,
// accents, hamza placement) that display and quoting need, and it is NOT offset-preserving,
// so byte positions in the folded text do not map back to the input.
// TODO: offset maps from folded to raw text are missing, so hits cannot be highlighted in
// the original passage; an ICU Edits-based map kept beside the folded string would fix it.
// All functions are pure and thread-safe (the ICU normaliser is created once and shared).

#ifndef MIZAN_TEXT_NORMALIZE_H_
#define MIZAN_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace mizan::text {

// Full search folding, in this order:
//  1. NFKC with full case folding and removal of default-ignorable characters (ICU
//     NFKC_Casefold): presentation forms and ligatures from PDFs become plain letters,
//     full-width forms become ASCII, "ß" becomes "ss".
//  2. Removed: tatweel U+0640, harakat U+064B..U+065F, superscript alef U+0670, Quranic
//     marks U+06D6..U+06ED, bidi controls, ZWJ, ZWNJ, soft hyphen, BOM.
//  3. Arabic-Indic (U+0660..) and extended Arabic-Indic (U+06F0..) digits become ASCII.
//  4. Letter variants: Latin diacritics dropped (é→e, ç→c, ḍ→d, œ→oe; Tamazight ɣ and ɛ
//     are letters of their own and stay), Arabic أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي,
//     Persian ی ک → ي ك.
//  5. Whitespace and control characters: every run becomes one space; none at either end.
// Apostrophes ’ and ʼ become ASCII "'" so the tokenizer sees one apostrophe. A zero-width
// space is default-ignorable, so it joins the words around it instead of separating them.
// REQUIRES: `utf8` is valid UTF-8 (see utf8.h); invalid bytes become U+FFFD.
enum class LatinMarks { kRemove, kKeep };
// With LatinMarks::kKeep step 4 leaves Latin diacritics in place (the analyser stems French
// words with their accents, then removes them from the stem).
std::string FoldForSearch(std::string_view utf8, LatinMarks marks = LatinMarks::kRemove);

// Step 4 for Latin letters only, on text that is already folded otherwise.
std::string RemoveLatinDiacritics(std::string_view folded);

}  // namespace mizan::text

#endif  // MIZAN_TEXT_NORMALIZE_H_
