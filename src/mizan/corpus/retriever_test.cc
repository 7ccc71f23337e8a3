// Mizan — governance gateway for language models.

#include "mizan/corpus/retriever.h"

#include <gtest/gtest.h>

#include "mizan/corpus/ingest.h"

#include "tests/support/temp_dir.h"

namespace mizan::corpus {
namespace {

class RetrieverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::move(storage::Database::Open(dir_.File("r.db"))).value();
    options_ = {"https://adala.justice.gov.ma", "public-domain", "Test", "", "", nullptr};
  }
  void Add(const std::string& name, const std::string& contents) {
    Ingestor ingestor(*db_, analyzer_);
    auto result = ingestor.AddFiles({dir_.Write(name, contents)}, options_);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
  }

  testing::TempDir dir_;
  std::unique_ptr<storage::Database> db_;
  text::Analyzer analyzer_;
  IngestOptions options_;
};

TEST_F(RetrieverTest, FindsTheArticleWithProvenance) {
  Add("loi.jsonl", R"({"doc_id":"loi-fr","lang":"fr","doc_title":"Loi test","article_number":"1",)"
                   R"("text":"Le prestataire conserve les journaux pendant dix ans."})"
                   "\n"
                   R"({"doc_id":"loi-fr","lang":"fr","article_number":"2",)"
                   R"("text":"La signature électronique qualifiée vaut signature manuscrite."})");
  Retriever retriever(*db_, analyzer_, Bm25Params{});
  ASSERT_TRUE(retriever.Refresh().ok());
  auto hits =
      retriever.Search("Une signature electronique vaut-elle une signature manuscrite ?", "fr", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].locator, "Article 2");
  EXPECT_EQ(hits[0].document_id, "loi-fr");
  EXPECT_EQ(hits[0].title, "Loi test");
  EXPECT_EQ(hits[0].source_url, "https://adala.justice.gov.ma");
  EXPECT_EQ(hits[0].sha256.size(), 64u);
  EXPECT_GT(hits[0].coverage, 0.5);
}

TEST_F(RetrieverTest, UnvocalisedArabicFindsVocalisedText) {
  Add("ar.jsonl",
      R"({"doc_id":"d","lang":"ar","article_number":"1",)"
      R"("text":"يَحِقُّ لِلشَّخْصِ المَعْنِيِّ الوُلُوجُ إِلَى مُعْطَيَاتِهِ"})"
      "\n"
      R"({"doc_id":"d","lang":"ar","article_number":"2","text":"تنشر اللجنة تقريرها السنوي"})");
  Retriever retriever(*db_, analyzer_, Bm25Params{});
  ASSERT_TRUE(retriever.Refresh().ok());
  auto hits = retriever.Search("حق الشخص المعني في الولوج الى معطياته", "ar", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].locator, "Article 1");
}

TEST_F(RetrieverTest, RefreshPicksUpChangesFromAnotherConnection) {
  Add("a.txt", "Texte sur les passeports biométriques.");
  Retriever retriever(*db_, analyzer_, Bm25Params{});
  ASSERT_TRUE(retriever.Refresh().ok());
  EXPECT_EQ(retriever.passage_count(), 1u);
  {
    auto other = std::move(storage::Database::Open(dir_.File("r.db"))).value();
    Ingestor ingestor(*other, analyzer_);
    ASSERT_TRUE(
        ingestor.AddFiles({dir_.Write("b.txt", "Texte sur la carte nationale.")}, options_).ok());
  }
  ASSERT_TRUE(retriever.Refresh().ok());
  EXPECT_EQ(retriever.passage_count(), 2u);
  EXPECT_EQ(retriever.Search("carte nationale", "fr", 1)[0].document_id, "b");
}

TEST_F(RetrieverTest, StaleTermsAreRewrittenOnLoad) {
  Add("a.txt", "Texte sur les passeports biométriques.");
  ASSERT_TRUE(db_->Execute("UPDATE passages SET terms = 'garbage'; "
                           "UPDATE corpus_state SET analyzer_version = 0")
                  .ok());
  Retriever retriever(*db_, analyzer_, Bm25Params{});
  ASSERT_TRUE(retriever.Refresh().ok());
  auto hits = retriever.Search("passeport biométrique", "fr", 5);
  ASSERT_EQ(hits.size(), 1u);
}

TEST_F(RetrieverTest, EmptyCorpusSearchesToNothing) {
  Retriever retriever(*db_, analyzer_, Bm25Params{});
  ASSERT_TRUE(retriever.Refresh().ok());
  EXPECT_TRUE(retriever.Search("n'importe quoi", "fr", 5).empty());
}

}  // namespace
}  // namespace mizan::corpus
