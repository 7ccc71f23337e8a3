// Mizan — governance gateway for language models.

#include "mizan/corpus/bm25_index.h"

#include <cmath>

#include <gtest/gtest.h>

namespace mizan::corpus {
namespace {

Bm25Index Build(const std::vector<std::vector<std::string>>& docs) {
  Bm25Index::Builder builder;
  for (const auto& doc : docs) {
    builder.Add(doc);
  }
  return std::move(builder).Build(Bm25Params{});
}

TEST(Bm25IndexTest, RanksByTermRarityAndFrequency) {
  Bm25Index index = Build({{"donne", "person", "protect"},
                           {"donne", "meteo"},
                           {"signatur", "electron", "signatur"},
                           {"donne", "signatur"}});
  auto hits = index.Search({"signatur"}, 10);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].doc, 2u);  // Two occurrences beat one.
  EXPECT_EQ(hits[1].doc, 3u);
  EXPECT_GT(index.Idf("signatur"), index.Idf("donne"));
  EXPECT_EQ(index.Idf("absent"), 0.0);
}

TEST(Bm25IndexTest, ScoreMatchesTheFormula) {
  Bm25Index index = Build({{"a", "b"}, {"b", "c", "d", "e"}});
  auto hits = index.Search({"a"}, 1);
  ASSERT_EQ(hits.size(), 1u);
  // N=2, df=1: idf = ln(1 + 1.5/1.5); avgdl = 3, dl = 2, tf = 1.
  double idf = std::log(2.0);
  double norm = 1.2 * (1 - 0.75 + 0.75 * 2.0 / 3.0);
  EXPECT_NEAR(hits[0].score, idf * 1 * 2.2 / (1 + norm), 1e-5);
}

TEST(Bm25IndexTest, CoverageCountsUnknownQueryTerms) {
  Bm25Index index = Build({{"loi", "donne"}, {"loi", "signatur"}});
  auto hits = index.Search({"loi", "donne"}, 10);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].doc, 0u);
  EXPECT_FLOAT_EQ(hits[0].coverage, 1.0f);
  auto partial = index.Search({"donne", "couscous"}, 10);
  ASSERT_EQ(partial.size(), 1u);
  // The unknown word weighs as much as the average known word of the query.
  EXPECT_FLOAT_EQ(partial[0].coverage, 0.5f);
}

TEST(Bm25IndexTest, FilterKAndEmptyQueries) {
  Bm25Index index = Build({{"x"}, {"x"}, {"x"}, {"y"}});
  EXPECT_EQ(index.Search({"x"}, 2).size(), 2u);
  auto odd = index.Search({"x"}, 10, [](uint32_t doc) { return doc % 2 == 1; });
  ASSERT_EQ(odd.size(), 1u);
  EXPECT_EQ(odd[0].doc, 1u);
  EXPECT_TRUE(index.Search({}, 5).empty());
  EXPECT_TRUE(Build({}).Search({"x"}, 5).empty());
}

TEST(Bm25IndexTest, RepeatedSearchesDoNotLeakScores) {
  Bm25Index index = Build({{"a"}, {"b"}});
  auto first = index.Search({"a"}, 5);
  auto second = index.Search({"a"}, 5);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_FLOAT_EQ(first[0].score, second[0].score);
  EXPECT_EQ(index.Search({"b"}, 5)[0].doc, 1u);
}

}  // namespace
}  // namespace mizan::corpus
