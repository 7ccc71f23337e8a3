// Mizan — governance gateway for language models.

#include "mizan/text/script.h"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(ScriptTest, ClassifiesTheThreeMoroccanScripts) {
  EXPECT_EQ(ScriptOf(U'a'), Script::kLatin);
  EXPECT_EQ(ScriptOf(U'ɣ'), Script::kLatin);
  EXPECT_EQ(ScriptOf(U'ḍ'), Script::kLatin);
  EXPECT_EQ(ScriptOf(U'م'), Script::kArabic);
  EXPECT_EQ(ScriptOf(U'ڭ'), Script::kArabic);
  EXPECT_EQ(ScriptOf(U'ⵣ'), Script::kTifinagh);
  EXPECT_EQ(ScriptOf(U'ж'), Script::kOther);
  EXPECT_EQ(ScriptOf(U'中'), Script::kOther);
}

TEST(ScriptTest, SharedCharactersAreCommon) {
  EXPECT_EQ(ScriptOf(U'7'), Script::kCommon);
  EXPECT_EQ(ScriptOf(U' '), Script::kCommon);
  EXPECT_EQ(ScriptOf(U'،'), Script::kCommon);       // Arabic comma, used by other scripts.
  EXPECT_EQ(ScriptOf(U'\u064E'), Script::kCommon);  // Fatha: Inherited.
  EXPECT_EQ(ScriptOf(U'\u0301'), Script::kCommon);  // Combining acute: Inherited.
}

TEST(ScriptTest, Iso15924Codes) {
  EXPECT_EQ(Iso15924(Script::kArabic), "Arab");
  EXPECT_EQ(Iso15924(Script::kLatin), "Latn");
  EXPECT_EQ(Iso15924(Script::kTifinagh), "Tfng");
  EXPECT_EQ(Iso15924(Script::kCommon), "Zyyy");
  EXPECT_EQ(Iso15924(Script::kOther), "Zzzz");
}

TEST(ScriptTest, CountsLettersOnly) {
  ScriptCounts counts = CountLetters("Loi 09-08 : قانون ⵜⴰⵎ!");
  EXPECT_EQ(counts.latin, 3u);
  EXPECT_EQ(counts.arabic, 5u);
  EXPECT_EQ(counts.tifinagh, 3u);
  EXPECT_EQ(counts.other, 0u);
  EXPECT_EQ(counts.total(), 11u);
}

TEST(ScriptTest, DominantScriptIgnoresDigitsAndPunctuation) {
  EXPECT_EQ(DominantScript("2024/2025 — ميزان"), Script::kArabic);
  EXPECT_EQ(DominantScript("Bonjour ميزان"), Script::kLatin);
  EXPECT_EQ(DominantScript("ⴰⵣⵓⵍ azul ⴰⵎⴰⵣⵉⵖ"), Script::kTifinagh);
  EXPECT_EQ(DominantScript("Привет"), Script::kOther);
  EXPECT_EQ(DominantScript("123 456 !?"), Script::kCommon);
  EXPECT_EQ(DominantScript(""), Script::kCommon);
}

TEST(ScriptTest, DominantScriptTieGoesToArabic) {
  EXPECT_EQ(DominantScript("ab سل"), Script::kArabic);
}

TEST(ScriptTest, RecognisesEveryBidiControl) {
  for (char32_t c : {0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                     0x2068, 0x2069}) {
    EXPECT_TRUE(IsBidiControl(c)) << std::hex << static_cast<uint32_t>(c);
  }
  for (char32_t c : {0x200D, 0x200C, 0x2065, 0x206A, 0x2029, 0x0020, 0x0627}) {
    EXPECT_FALSE(IsBidiControl(c)) << std::hex << static_cast<uint32_t>(c);
  }
}

}  // namespace
}  // namespace mizan::text
