// Mizan — governance gateway for language models.

#include "mizan/text/stopwords.h"

#include <gtest/gtest.h>

#include "mizan/text/normalize.h"

namespace mizan::text {
namespace {

bool IsStop(const char* raw_word, Language language) {
  return IsStopword(FoldForSearch(raw_word), language);
}

TEST(StopwordsTest, ArabicQuestionWordsInAnySpelling) {
  for (const char* word :
       {"ما", "ماذا", "متى", "متي", "كيف", "هل", "لماذا", "أين", "اين", "كم", "من", "ماهو"}) {
    EXPECT_TRUE(IsStop(word, Language::kArabic)) << word;
  }
}

TEST(StopwordsTest, ArabicFunctionWordsAndPrefixedForms) {
  for (const char* word : {"في", "إلى", "الى", "على", "الذي", "التي", "هذه", "وفي", "والتي", "فإن",
                           "عليها", "كان", "هؤلاء", "أولئك"}) {
    EXPECT_TRUE(IsStop(word, Language::kArabic)) << word;
  }
}

TEST(StopwordsTest, DarijaFunctionWordsShareTheArabicList) {
  for (const char* word : {"ديال", "واش", "كيفاش", "شنو", "فين", "اللي"}) {
    EXPECT_TRUE(IsStop(word, Language::kDarija)) << word;
  }
}

TEST(StopwordsTest, ContentWordsAreKept) {
  for (const char* word : {"قانون", "القانون", "حق", "المعطيات", "الشخصية", "مادة"}) {
    EXPECT_FALSE(IsStop(word, Language::kArabic)) << word;
  }
  for (const char* word : {"article", "loi", "droit", "données", "décret"}) {
    EXPECT_FALSE(IsStop(word, Language::kFrench)) << word;
  }
  EXPECT_FALSE(IsStop("law", Language::kEnglish));
  EXPECT_FALSE(IsStop("ley", Language::kSpanish));
}

TEST(StopwordsTest, LatinListsMatchFoldedForms) {
  EXPECT_TRUE(IsStop("Où", Language::kFrench));
  EXPECT_TRUE(IsStop("était", Language::kFrench));
  EXPECT_TRUE(IsStop("The", Language::kEnglish));
  EXPECT_TRUE(IsStop("qué", Language::kSpanish));
  EXPECT_TRUE(IsStop("él", Language::kSpanish));
}

TEST(StopwordsTest, ListsAreSeparatePerLanguage) {
  EXPECT_TRUE(IsStop("the", Language::kEnglish));
  EXPECT_FALSE(IsStop("the", Language::kFrench));
  EXPECT_TRUE(IsStop("les", Language::kFrench));
  EXPECT_FALSE(IsStop("les", Language::kEnglish));
  EXPECT_FALSE(IsStop("في", Language::kFrench));
}

TEST(StopwordsTest, ArabiziAlsoDropsFrench) {
  EXPECT_TRUE(IsStop("dyal", Language::kDarijaLatin));
  EXPECT_TRUE(IsStop("wach", Language::kDarijaLatin));
  EXPECT_TRUE(IsStop("avec", Language::kDarijaLatin));
  EXPECT_FALSE(IsStop("dyal", Language::kFrench));
}

TEST(StopwordsTest, LanguagesWithoutListsKeepEverything) {
  EXPECT_FALSE(IsStop("le", Language::kUnknown));
  EXPECT_FALSE(IsStop("ad", Language::kTamazightLatin));
  EXPECT_FALSE(IsStop("ⴷ", Language::kTamazight));
}

}  // namespace
}  // namespace mizan::text
