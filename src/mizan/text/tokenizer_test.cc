// Mizan — governance gateway for language models.

#include "mizan/text/tokenizer.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "mizan/text/normalize.h"

namespace mizan::text {
namespace {

using Words = std::vector<std::string_view>;

std::vector<std::string_view> Tokenize(const std::string& folded) { return TokenizeFolded(folded); }

TEST(TokenizerTest, SplitsOnSpacesAndPunctuation) {
  std::string text = "la loi, (article 5) : ok?";
  EXPECT_EQ(Tokenize(text), (Words{"la", "loi", "article", "5", "ok"}));
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" ... !? ").empty());
}

TEST(TokenizerTest, KeepsArabiziDigitsInsideLatinWords) {
  std::string text = "3lach 9alb m3a sa7bi 2eme";
  EXPECT_EQ(Tokenize(text), (Words{"3lach", "9alb", "m3a", "sa7bi", "2eme"}));
}

TEST(TokenizerTest, SplitsNumbersAtHyphensAndFromArabicLetters) {
  EXPECT_EQ(Tokenize("loi 09-08"), (Words{"loi", "09", "08"}));
  EXPECT_EQ(Tokenize(FoldForSearch("المادة9")), (Words{"الماده", "9"}));
  EXPECT_EQ(Tokenize(FoldForSearch("9المادة")), (Words{"9", "الماده"}));
}

TEST(TokenizerTest, DropsFrenchElisionsWithEitherApostrophe) {
  std::string text = FoldForSearch("L’article d'une qu'il jusqu’à s'applique c'est");
  EXPECT_EQ(Tokenize(text), (Words{"article", "une", "il", "a", "applique", "est"}));
}

TEST(TokenizerTest, OtherApostrophesAndHyphensSplit) {
  EXPECT_EQ(Tokenize("aujourd'hui peut-etre"), (Words{"aujourd", "hui", "peut", "etre"}));
  EXPECT_EQ(Tokenize("ufus-is"), (Words{"ufus", "is"}));
}

TEST(TokenizerTest, SplitsWhereTheScriptChanges) {
  std::string text = FoldForSearch("smsميزانⵣⵓⵍ");
  EXPECT_EQ(Tokenize(text), (Words{"sms", "ميزان", "ⵣⵓⵍ"}));
}

TEST(TokenizerTest, CombiningMarksStayInTheirWord) {
  // Folding removes Arabic vowel marks, but the tokenizer must cope with them too.
  EXPECT_EQ(Tokenize("كِتَاب q\u0301x"), (Words{"كِتَاب", "q\u0301x"}));
}

TEST(TokenizerTest, ReportsTheScriptOfEachToken) {
  std::string text = FoldForSearch("Loi ١٠ قانون ⵜⴰⵎ 3la");
  std::vector<Token> tokens = TokenizeFoldedWithScripts(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[1].text, "10");
  EXPECT_EQ(tokens[1].script, Script::kCommon);
  EXPECT_EQ(tokens[2].script, Script::kArabic);
  EXPECT_EQ(tokens[3].script, Script::kTifinagh);
  EXPECT_EQ(tokens[4].text, "3la");
  EXPECT_EQ(tokens[4].script, Script::kLatin);
}

TEST(TokenizerTest, TokensPointIntoTheInput) {
  std::string text = "azul fellak";
  std::vector<std::string_view> words = Tokenize(text);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[1].data(), text.data() + 5);
}

}  // namespace
}  // namespace mizan::text
