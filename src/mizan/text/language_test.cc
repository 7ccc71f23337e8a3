// Mizan — governance gateway for language models.

#include "mizan/text/language.h"

#include <string>

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

struct Case {
  const char* text;
  const char* tag;
  const char* script;
};

void ExpectGuesses(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    LanguageGuess guess = IdentifyLanguage(c.text);
    EXPECT_EQ(guess.tag, c.tag) << c.text;
    EXPECT_EQ(guess.script, c.script) << c.text;
    EXPECT_EQ(guess.method, "rules");
    EXPECT_GT(guess.confidence, 0.0) << c.text;
    EXPECT_LE(guess.confidence, 1.0) << c.text;
  }
}

TEST(LanguageTest, StandardArabic) {
  ExpectGuesses({
      {"يحدد هذا القانون القواعد التي تطبق على معالجة المعطيات ذات الطابع الشخصي.", "ar", "Arab"},
      {"ما هي الوثائق المطلوبة للحصول على البطاقة الوطنية؟", "ar", "Arab"},
      {"هل يمكنني تجديد جواز السفر عبر الإنترنت؟", "ar", "Arab"},
      {"لقد أصدرت اللجنة الوطنية قرارها بعد دراسة الملف.", "ar", "Arab"},
  });
}

TEST(LanguageTest, DarijaInArabicScript) {
  ExpectGuesses({
      {"بغيت نعرف شنو خاصني باش نجدد البطاقة ديالي", "ary", "Arab"},
      {"واش كاين شي حل لهاد المشكل؟", "ary", "Arab"},
      {"كيفاش ندير باش نخلص الضريبة ديال الطوموبيل؟", "ary", "Arab"},
      {"علاش ماكايجاوبوش فالإدارة؟", "ary", "Arab"},  // Negation ما...ش, ف + article.
      {"فين كاينة المقاطعة ديال حي السلام؟", "ary", "Arab"},
      {"دابا الموظف قال ليا خاصك ترجع غدا", "ary", "Arab"},
      {"الموظفين كيقولو خاص الملف يكون كامل", "ary", "Arab"},  // Present prefix كي-.
  });
}

TEST(LanguageTest, TamazightInTifinaghAndArabicScript) {
  ExpectGuesses({
      {"ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ, ⵎⴰⵏⵣⴰⴽⵉⵏ?", "zgh", "Tfng"},
      {"ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⵓⵜⵍⴰⵢⵜ ⵜⴰⵏⴰⵎⵓⵙⵜ", "zgh", "Tfng"},
      {"إيد مدن نالمدينة داتزرين غ يان الوقت", "zgh", "Arab"},
  });
}

TEST(LanguageTest, FrenchEnglishSpanish) {
  ExpectGuesses({
      {"Bonjour, je voudrais renouveler ma carte nationale d'identité.", "fr", "Latn"},
      {"Quels sont les documents nécessaires pour la demande ?", "fr", "Latn"},
      {"La loi protège les données à caractère personnel des citoyens.", "fr", "Latn"},
      {"Hello, I would like to know how to renew my passport.", "en", "Latn"},
      {"The commission published its decision after reviewing the file.", "en", "Latn"},
      {"Hola, quisiera saber cómo renovar mi pasaporte.", "es", "Latn"},
      {"¿Dónde está la oficina más cercana?", "es", "Latn"},
      {"Los ciudadanos tienen derecho a la protección de sus datos.", "es", "Latn"},
  });
}

TEST(LanguageTest, DarijaInLatinScript) {
  ExpectGuesses({
      {"salam, bghit n3ref kifach njded la carte dyali", "ary-Latn", "Latn"},
      {"wach kayn chi 7al l had lmochkil?", "ary-Latn", "Latn"},
      {"3lach ma kayjawbouch f l'administration?", "ary-Latn", "Latn"},
      {"fin kayna lmo9ata3a dyal 7ay salam?", "ary-Latn", "Latn"},
      {"daba lmowadaf gal liya khassek trje3 ghda", "ary-Latn", "Latn"},
      {"ana ghadi l bureau daba", "ary-Latn", "Latn"},
  });
}

TEST(LanguageTest, TamazightInLatinScript) {
  ExpectGuesses({
      {"azul fellawen, manzakin?", "zgh-Latn", "Latn"},
      {"tanmirt nnek, isem inu Yuba", "zgh-Latn", "Latn"},
      {"ur ssineɣ ad d-iniɣ tamazight", "zgh-Latn", "Latn"},
      {"Tamaziɣt d tutlayt tunṣibt n Lmeɣrib", "zgh-Latn", "Latn"},
      {"ad ttaruɣ tabrat i gma", "zgh-Latn", "Latn"},
      {"Yewwet-it s wefus-is", "zgh-Latn", "Latn"},  // Hyphenated pronouns, not English "it".
  });
}

TEST(LanguageTest, TextWithoutLettersIsUndeterminedWithZeroConfidence) {
  for (const char* text : {"", "   ", "12345 !!! 09-08", "😀😀", "٣٤٥"}) {
    LanguageGuess guess = IdentifyLanguage(text);
    EXPECT_EQ(guess.tag, "und") << text;
    EXPECT_EQ(guess.script, "Zyyy") << text;
    EXPECT_EQ(guess.confidence, 0.0) << text;
    EXPECT_EQ(guess.method, "rules");
  }
}

TEST(LanguageTest, UnsupportedScriptsAndCuelessLatinAreUndetermined) {
  LanguageGuess cyrillic = IdentifyLanguage("Привет мир");
  EXPECT_EQ(cyrillic.tag, "und");
  EXPECT_EQ(cyrillic.script, "Zzzz");
  LanguageGuess name = IdentifyLanguage("Bienvenue");
  EXPECT_EQ(name.tag, "und");
  EXPECT_EQ(name.script, "Latn");
  EXPECT_EQ(name.confidence, 0.0);
}

TEST(LanguageTest, ConfidenceGrowsWithEvidence) {
  double short_text = IdentifyLanguage("le dossier").confidence;
  double long_text =
      IdentifyLanguage("Je suis allé au bureau mais il était fermé pour les vacances").confidence;
  EXPECT_LT(short_text, long_text);
  EXPECT_GT(long_text, 0.6);
}

TEST(LanguageTest, MixedScriptsLowerConfidence) {
  LanguageGuess pure = IdentifyLanguage("بغيت نعرف شنو خاصني باش نجدد البطاقة");
  LanguageGuess mixed = IdentifyLanguage("بغيت نعرف شنو خاصني باش نجدد la carte");
  EXPECT_EQ(pure.tag, "ary");
  EXPECT_EQ(mixed.tag, "ary");
  EXPECT_LT(mixed.confidence, pure.confidence);
}

}  // namespace
}  // namespace mizan::text
