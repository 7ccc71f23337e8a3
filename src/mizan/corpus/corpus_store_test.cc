// Mizan — governance gateway for language models.

#include "mizan/corpus/corpus_store.h"

#include <gtest/gtest.h>

#include "mizan/corpus/ingest.h"

#include "tests/support/temp_dir.h"

namespace mizan::corpus {
namespace {

class CorpusStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::move(storage::Database::Open(dir_.File("corpus.db"))).value();
    options_.source_url = "https://example.gov.ma/doc";
    options_.licence = "CC-BY-4.0";
    options_.steward = "Test steward";
  }

  Result<std::vector<IngestedDocument>> Add(const std::vector<std::string>& paths) {
    Ingestor ingestor(*db_, analyzer_);
    return ingestor.AddFiles(paths, options_);
  }

  testing::TempDir dir_;
  std::unique_ptr<storage::Database> db_;
  text::Analyzer analyzer_;
  IngestOptions options_;
};

TEST_F(CorpusStoreTest, AddingTheSameContentTwiceIsANoOp) {
  std::string path = dir_.Write("loi.txt", "Article 1\nPremier.\nArticle 2\nSecond.\n");
  auto first = Add({path});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ((*first)[0].outcome.result, AddResult::kAdded);
  EXPECT_EQ((*first)[0].outcome.passages, 2u);
  EXPECT_EQ((*first)[0].document_id, "loi");
  auto again = Add({path});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)[0].outcome.result, AddResult::kUnchanged);
  EXPECT_EQ((*again)[0].outcome.version, 1);
}

TEST_F(CorpusStoreTest, ChangedContentBecomesANewVersionAndTheOldStaysCitable) {
  std::string path = dir_.Write("loi.txt", "Article 1\nPremier.\nArticle 2\nSecond.\n");
  ASSERT_TRUE(Add({path}).ok());
  dir_.Write("loi.txt", "Article 1\nPremier modifié.\nArticle 2\nSecond.\n");
  auto changed = Add({path});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ((*changed)[0].outcome.result, AddResult::kNewVersion);
  EXPECT_EQ((*changed)[0].outcome.version, 2);

  CorpusStore store(*db_);
  auto versions = store.Versions("loi");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].version, 2);
  EXPECT_EQ((*versions)[1].source_url, "https://example.gov.ma/doc");
  auto old_passages = store.Passages("loi", 1);
  ASSERT_TRUE(old_passages.ok());
  ASSERT_EQ(old_passages->size(), 2u);
  EXPECT_NE((*old_passages)[0].text.find("Premier."), std::string::npos);
  auto searchable = store.SearchablePassages();
  ASSERT_EQ(searchable->size(), 2u);
  EXPECT_EQ((*searchable)[0].version, 2);
}

TEST_F(CorpusStoreTest, RemoveWithdrawsFromSearchAndReaddingRestores) {
  std::string path = dir_.Write("guide.md", "---\nid: guide-cnie\nlang: fr\n---\n# CNIE\nTexte.\n");
  ASSERT_TRUE(Add({path}).ok());
  CorpusStore store(*db_);
  int64_t generation = *store.Generation();
  {
    auto transaction = std::move(storage::Transaction::Begin(*db_)).value();
    ASSERT_TRUE(store.Remove("guide-cnie", "2026-12-03T00:00:00.000Z").ok());
    ASSERT_TRUE(transaction->Commit().ok());
  }
  EXPECT_GT(*store.Generation(), generation);
  EXPECT_TRUE(store.SearchablePassages()->empty());
  EXPECT_EQ(store.Find("guide-cnie")->status, "removed");
  EXPECT_EQ(store.Remove("nope", "t").code(), StatusCode::kNotFound);
  auto restored = Add({path});
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ((*restored)[0].outcome.result, AddResult::kRestored);
  EXPECT_EQ(store.SearchablePassages()->size(), 1u);
}

TEST_F(CorpusStoreTest, ABadFileInABatchWritesNothing) {
  std::string good = dir_.Write("good.txt", "Texte valable.");
  std::string bad = dir_.Write("bad.pdf", "not a pdf at all");
  auto result = Add({good, bad});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("bad.pdf"), std::string::npos);
  EXPECT_TRUE(CorpusStore(*db_).List()->empty());
}

TEST_F(CorpusStoreTest, ProvenanceIsRequired) {
  options_.source_url.clear();
  auto result = Add({dir_.Write("x.txt", "Texte.")});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("no source URL: pass --source-url"), std::string::npos);
}

TEST_F(CorpusStoreTest, FrontMatterProvenanceWinsOverOptions) {
  std::string path = dir_.Write("fiche.md",
                                "---\nsource_url: https://www.cndp.ma\nlang: ar\n"
                                "title: حقوق\n---\nنص عربي عن الحقوق.\n");
  auto result = Add({path});
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  auto doc = CorpusStore(*db_).Find("fiche");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->current.source_url, "https://www.cndp.ma");
  EXPECT_EQ(doc->current.licence, "CC-BY-4.0");
  EXPECT_EQ(doc->current.lang, "ar");
  EXPECT_FALSE(doc->current.lang_detected);
  EXPECT_EQ(doc->current.title, "حقوق");
}

TEST_F(CorpusStoreTest, LanguageIsDetectedWhenNotGiven) {
  auto result = Add({dir_.Write("note.txt",
                                "Le responsable du traitement doit informer la "
                                "personne concernée de ses droits.")});
  ASSERT_TRUE(result.ok());
  auto doc = CorpusStore(*db_).Find("note");
  EXPECT_EQ(doc->current.lang, "fr");
  EXPECT_TRUE(doc->current.lang_detected);
}

TEST_F(CorpusStoreTest, IdsUrlsAndLanguagesAreChecked) {
  auto bad_id = Add({dir_.Write("a.jsonl", R"({"doc_id":"../../etc/passwd","locator":"1",)"
                                           R"("text":"x"})")});
  ASSERT_FALSE(bad_id.ok());
  EXPECT_NE(bad_id.status().message().find("a document id must be"), std::string::npos);
  auto bad_url = Add({dir_.Write("b.md", "---\nsource_url: javascript:alert(1)\n---\nx\n")});
  ASSERT_FALSE(bad_url.ok());
  EXPECT_NE(bad_url.status().message().find("not an http(s) address"), std::string::npos);
  auto bad_lang = Add({dir_.Write("c.md", "---\nlang: klingon\n---\nx\n")});
  ASSERT_FALSE(bad_lang.ok());
  EXPECT_NE(bad_lang.status().message().find("unsupported language tag"), std::string::npos);
  auto canonical = Add({dir_.Write("d.md", "---\nlang: fra\n---\nTexte.\n")});
  ASSERT_TRUE(canonical.ok()) << canonical.status().ToString();
  EXPECT_EQ((*canonical)[0].lang, "fr");
}

TEST_F(CorpusStoreTest, DuplicateIdsInOneBatchAreRefused) {
  std::string a = dir_.Write("a/same.txt", "Un.");
  std::string b = dir_.Write("b/same.txt", "Deux.");
  auto result = Add({a, b});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("document id 'same'"), std::string::npos);
}

TEST_F(CorpusStoreTest, StatsCountByLanguage) {
  ASSERT_TRUE(Add({dir_.Write("fr.md", "---\nlang: fr\n---\nUn.\n"),
                   dir_.Write("ar.md", "---\nlang: ar\n---\nواحد.\n")})
                  .ok());
  auto stats = CorpusStore(*db_).Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->active_documents, 2);
  EXPECT_EQ(stats->searchable_passages, 2);
  ASSERT_EQ(stats->passages_by_lang.size(), 2u);
  EXPECT_EQ(stats->passages_by_lang[0].first, "ar");
}

TEST(DocumentIdTest, FromFileName) {
  EXPECT_EQ(DocumentIdFromFileName("/x/Loi 09-08 (FR).pdf"), "loi-09-08-fr");
  EXPECT_EQ(DocumentIdFromFileName("دليل.md").rfind("document-", 0), 0u);
}

}  // namespace
}  // namespace mizan::corpus
