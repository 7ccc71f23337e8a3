// Mizan — governance gateway for language models.

#include "mizan/text/normalize.h"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(FoldForSearchTest, CaseFoldsAndAppliesCompatibilityForms) {
  EXPECT_EQ(FoldForSearch("LOI Organique"), "loi organique");
  EXPECT_EQ(FoldForSearch("Straße"), "strasse");
  EXPECT_EQ(FoldForSearch("ＡＢＣ１２"), "abc12");  // Full-width forms.
  EXPECT_EQ(FoldForSearch("ﬁnancement"), "financement");
  EXPECT_EQ(FoldForSearch("x²"), "x2");
}

TEST(FoldForSearchTest, RemovesLatinDiacriticsButKeepsTamazightLetters) {
  EXPECT_EQ(FoldForSearch("Données à caractère personnel"), "donnees a caractere personnel");
  EXPECT_EQ(FoldForSearch("ÇA ÊTRE Noël"), "ca etre noel");
  EXPECT_EQ(FoldForSearch("œuvre Æther Øre"), "oeuvre aether ore");
  EXPECT_EQ(FoldForSearch("España"), "espana");
  EXPECT_EQ(FoldForSearch("tamaziɣt ɛli"), "tamaziɣt ɛli");
  EXPECT_EQ(FoldForSearch("aḍu ṭṭaq"), "adu ttaq");
  EXPECT_EQ(FoldForSearch("e\u0301cole"), "ecole");  // Decomposed input.
  EXPECT_EQ(FoldForSearch("q\u0301"), "q");          // A mark with no precomposed form.
}

TEST(FoldForSearchTest, RemovesArabicVowelMarksTatweelAndQuranicMarks) {
  EXPECT_EQ(FoldForSearch("الْكِتَابُ"), "الكتاب");
  EXPECT_EQ(FoldForSearch("كـــتـــاب"), "كتاب");
  EXPECT_EQ(FoldForSearch("هٰذَا"), "هذا");
  EXPECT_EQ(FoldForSearch("الرَّحِيمِ ۝ ذَٰلِكَ ۖ"), "الرحيم ذلك");
}

TEST(FoldForSearchTest, UnifiesArabicLetterVariants) {
  EXPECT_EQ(FoldForSearch("أ إ آ ٱ"), "ا ا ا ا");
  EXPECT_EQ(FoldForSearch("مستشفى"), "مستشفي");
  EXPECT_EQ(FoldForSearch("مدرسة"), "مدرسه");
  EXPECT_EQ(FoldForSearch("مؤسسة"), "موسسه");
  EXPECT_EQ(FoldForSearch("رئيس"), "رييس");
  EXPECT_EQ(FoldForSearch("ﻻ ﺍﻟﻠﻪ"), "لا الله");  // Presentation forms from PDFs.
}

TEST(FoldForSearchTest, ConvertsArabicIndicDigits) {
  EXPECT_EQ(FoldForSearch("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  EXPECT_EQ(FoldForSearch("۰۹-۰۸"), "09-08");
  EXPECT_EQ(FoldForSearch("القانون ٠٩.٠٨"), "القانون 09.08");
}

TEST(FoldForSearchTest, DropsInvisibleFormattingCharacters) {
  EXPECT_EQ(FoldForSearch("a\u200Fb\u200Ec\u061Cd"), "abcd");
  EXPECT_EQ(FoldForSearch("\u202Bميزان\u202C"), "ميزان");
  EXPECT_EQ(FoldForSearch("\u2067x\u2069"), "x");
  EXPECT_EQ(FoldForSearch("co\u00ADop\u200Dé\u200Cr"), "cooper");
  EXPECT_EQ(FoldForSearch("\uFEFFdebut"), "debut");
}

TEST(FoldForSearchTest, CollapsesWhitespaceAndTrims) {
  EXPECT_EQ(FoldForSearch("  article \t\n\r 5  "), "article 5");
  EXPECT_EQ(FoldForSearch("a\u00A0b\u2003c\u3000d"), "a b c d");
  EXPECT_EQ(FoldForSearch("ligne\x01suivante"), "ligne suivante");
  EXPECT_EQ(FoldForSearch(" \n\t "), "");
  EXPECT_EQ(FoldForSearch(""), "");
}

TEST(FoldForSearchTest, UnifiesApostrophes) {
  EXPECT_EQ(FoldForSearch("l’article dʼun"), "l'article d'un");
}

TEST(FoldForSearchTest, IsIdempotent) {
  for (const char* text : {"Ḍ’ÉTÉ ٣ الأَسْئِلَة", "œ ß ﬁ", "ⵜⴰⵎⴰⵣⵉⵖⵜ Tamaziɣt", "İstanbul"}) {
    std::string once = FoldForSearch(text);
    EXPECT_EQ(FoldForSearch(once), once) << text;
  }
}

}  // namespace
}  // namespace mizan::text
