// Mizan — governance gateway for language models.

#include "mizan/text/language_tag.h"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(LanguageTagTest, ParsesCanonicalTags) {
  EXPECT_EQ(LanguageFromTag("ar"), Language::kArabic);
  EXPECT_EQ(LanguageFromTag("ary"), Language::kDarija);
  EXPECT_EQ(LanguageFromTag("ary-Latn"), Language::kDarijaLatin);
  EXPECT_EQ(LanguageFromTag("zgh"), Language::kTamazight);
  EXPECT_EQ(LanguageFromTag("zgh-Latn"), Language::kTamazightLatin);
  EXPECT_EQ(LanguageFromTag("fr"), Language::kFrench);
  EXPECT_EQ(LanguageFromTag("en"), Language::kEnglish);
  EXPECT_EQ(LanguageFromTag("es"), Language::kSpanish);
  EXPECT_EQ(LanguageFromTag("und"), Language::kUnknown);
}

TEST(LanguageTagTest, IsLenientAboutCaseRegionsAndThreeLetterCodes) {
  EXPECT_EQ(LanguageFromTag("FR-ma"), Language::kFrench);
  EXPECT_EQ(LanguageFromTag("fra"), Language::kFrench);
  EXPECT_EQ(LanguageFromTag("en_GB"), Language::kEnglish);
  EXPECT_EQ(LanguageFromTag("ar-MA"), Language::kArabic);
  EXPECT_EQ(LanguageFromTag("arb"), Language::kArabic);
  EXPECT_EQ(LanguageFromTag("ARY-LATN"), Language::kDarijaLatin);
  EXPECT_EQ(LanguageFromTag("ary-Latn-MA"), Language::kDarijaLatin);
  EXPECT_EQ(LanguageFromTag("shi"), Language::kTamazight);
  EXPECT_EQ(LanguageFromTag("tzm-Latn"), Language::kTamazightLatin);
  EXPECT_EQ(LanguageFromTag("kab_latn"), Language::kTamazightLatin);
}

TEST(LanguageTagTest, UnknownOrEmptyTagsAreUndetermined) {
  EXPECT_EQ(LanguageFromTag(""), Language::kUnknown);
  EXPECT_EQ(LanguageFromTag("de"), Language::kUnknown);
  EXPECT_EQ(LanguageFromTag("french"), Language::kUnknown);
  EXPECT_EQ(LanguageFromTag("-fr"), Language::kUnknown);
}

TEST(LanguageTagTest, RoundTripsCanonicalTags) {
  for (Language language : {Language::kUnknown, Language::kArabic, Language::kDarija,
                            Language::kDarijaLatin, Language::kTamazight, Language::kTamazightLatin,
                            Language::kFrench, Language::kEnglish, Language::kSpanish}) {
    EXPECT_EQ(LanguageFromTag(LanguageTag(language)), language) << LanguageTag(language);
  }
}

}  // namespace
}  // namespace mizan::text
