// Mizan — governance gateway for language models.

#include "mizan/corpus/passage_index.h"

#include <gtest/gtest.h>

namespace mizan::corpus {
namespace {

class PassageIndexTest : public ::testing::Test {
 protected:
  WindowTerms Windows(std::string_view text) { return AnalyzeWindows(analyzer_, "", text, "fr"); }
  text::Analyzer analyzer_;
};

TEST_F(PassageIndexTest, ShortPassagesStayWhole) {
  std::string text;
  while (text.size() + 60 < kSingleWindowBytes) {
    text += "Le prestataire conserve les journaux. ";
  }
  EXPECT_EQ(Windows(text).size(), 1u);
}

TEST_F(PassageIndexTest, LongTextIsCutIntoWindowsAtSentences) {
  std::string text;
  for (int i = 0; i < 80; ++i) {
    text += "Le prestataire conserve les journaux de service numéro " + std::to_string(i) + ". ";
  }
  WindowTerms windows = AnalyzeWindows(analyzer_, "Article 9", text, "fr");
  ASSERT_GE(windows.size(), 3u);
  for (const auto& window : windows) {
    ASSERT_GE(window.size(), 2u);
    EXPECT_EQ(window[0], "articl");  // The locator is in every window.
    EXPECT_EQ(window[1], "9");
  }
  EXPECT_EQ(Windows("Une phrase courte.").size(), 1u);
  EXPECT_EQ(Windows("").size(), 1u);
}

TEST_F(PassageIndexTest, JoinAndSplitRoundTrip) {
  WindowTerms windows = {{"a", "b"}, {"c"}, {"d", "e", "f"}};
  EXPECT_EQ(JoinWindows(windows), "a b\nc\nd e f");
  EXPECT_EQ(SplitWindows(JoinWindows(windows)), windows);
}

TEST_F(PassageIndexTest, ALongPassageWithTheAnswerBeatsShortOnesSharingWords) {
  std::string long_article;
  for (int i = 0; i < 30; ++i) {
    long_article += "Les dispositions générales relatives au registre public s'appliquent. ";
  }
  long_article += "Le prestataire agréé conserve les données de vérification pendant dix ans. ";
  for (int i = 0; i < 30; ++i) {
    long_article += "Les modalités techniques sont fixées par voie réglementaire. ";
  }
  PassageIndex::Builder builder;
  builder.Add(Windows(long_article));
  builder.Add(Windows("Le prestataire agréé publie ses tarifs."));
  builder.Add(Windows("Les données sont publiées chaque année."));
  PassageIndex index = std::move(builder).Build(Bm25Params{});
  auto hits = index.Search(analyzer_.Terms("Combien de temps le prestataire agréé conserve-t-il "
                                           "les données de vérification ?",
                                           "fr"),
                           {}, 3);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].passage, 0u);
  EXPECT_GT(hits[0].coverage, 0.7f);  // "Combien de temps" is not in the text.
}

TEST_F(PassageIndexTest, WordsTogetherOutrankTheSameWordsScattered) {
  PassageIndex::Builder builder;
  builder.Add(Windows("La signature relève du service. Une confiance qualifiée est exigée."));
  builder.Add(Windows("Le service de confiance qualifié délivre une signature."));
  PassageIndex index = std::move(builder).Build(Bm25Params{});
  auto hits = index.Search(analyzer_.Terms("service de confiance qualifié", "fr"), {}, 2);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].passage, 1u);
  // Pairs re-rank but do not count in coverage: both passages hold every word.
  EXPECT_FLOAT_EQ(hits[0].coverage, 1.0f);
  EXPECT_FLOAT_EQ(hits[1].coverage, 1.0f);
}

}  // namespace
}  // namespace mizan::corpus
