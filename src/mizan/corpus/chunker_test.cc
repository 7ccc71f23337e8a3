// Mizan — governance gateway for language models.

#include "mizan/corpus/chunker.h"

#include <gtest/gtest.h>

namespace mizan::corpus {
namespace {

TEST(ChunkerTest, RecognisesArticleHeadingsInFrenchAndArabic) {
  EXPECT_EQ(ArticleHeadingNumber("Article 12"), "12");
  EXPECT_EQ(ArticleHeadingNumber("ARTICLE PREMIER :"), "1");
  EXPECT_EQ(ArticleHeadingNumber("Art. 43. - Le responsable"), "43");
  EXPECT_EQ(ArticleHeadingNumber("Article 7 bis"), "7 bis");
  EXPECT_EQ(ArticleHeadingNumber("المادة 44"), "44");
  EXPECT_EQ(ArticleHeadingNumber("الفصل ١٢ -"), "12");
  EXPECT_EQ(ArticleHeadingNumber("المادة الأولى"), "1");
  EXPECT_EQ(ArticleHeadingNumber("  Article 3:"), "3");
}

TEST(ChunkerTest, InTextReferencesAreNotHeadings) {
  EXPECT_FALSE(ArticleHeadingNumber("Article 12 de la loi n° 09-08 dispose"));
  EXPECT_FALSE(ArticleHeadingNumber("conformément à l'article 12"));
  EXPECT_FALSE(ArticleHeadingNumber("المادة 12 من هذا القانون"));
  EXPECT_FALSE(ArticleHeadingNumber("Articles 3 et 4"));
}

TEST(ChunkerTest, LegalTextSplitsByArticleWithPreamble) {
  std::string text =
      "Loi n° 43-20 relative aux services de confiance\n\nArticle premier\nObjet de la loi.\n"
      "Article 2 :\nDéfinitions au sens de l'article premier\nArticle 12 de la loi citée ne "
      "s'applique pas.\nArticle 3\nDernière disposition.";
  std::vector<Chunk> chunks = ChunkDocument(text);
  ASSERT_EQ(chunks.size(), 4u);
  EXPECT_EQ(chunks[0].locator, "Preamble");
  EXPECT_EQ(chunks[1].locator, "Article 1");
  EXPECT_EQ(chunks[2].locator, "Article 2");
  EXPECT_NE(chunks[2].text.find("Article 12 de la loi"), std::string::npos);
  EXPECT_EQ(chunks[3].locator, "Article 3");
  EXPECT_EQ(chunks[3].text, "Article 3\nDernière disposition.");
}

TEST(ChunkerTest, ArabicLegalText) {
  std::string text =
      "المادة 1\nتطبق أحكام هذا القانون.\nالمادة 2\nيقصد بالمعطيات ذات الطابع "
      "الشخصي كل معلومة.";
  std::vector<Chunk> chunks = ChunkDocument(text);
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[1].locator, "Article 2");
}

TEST(ChunkerTest, OtherTextSplitsAtHeadings) {
  std::string text =
      "Intro line.\n\n# Renouveler la CNIE\nAllez au bureau.\n\n## Pièces\n"
      "Photo et ancienne carte.\n";
  std::vector<Chunk> chunks = ChunkDocument(text);
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[0].locator, "Part 1");
  EXPECT_EQ(chunks[1].locator, "Renouveler la CNIE");
  EXPECT_EQ(chunks[2].locator, "Pièces");
  EXPECT_EQ(chunks[2].text, "Pièces\nPhoto et ancienne carte.");
}

TEST(ChunkerTest, LongSectionsAreCutAtParagraphs) {
  std::string text = "# Section\n";
  for (int i = 0; i < 10; ++i) {
    text += std::string(300, 'a' + i) + "\n\n";
  }
  std::vector<Chunk> chunks = ChunkDocument(text, ChunkOptions{1000});
  ASSERT_GE(chunks.size(), 3u);
  for (const Chunk& chunk : chunks) {
    EXPECT_LE(chunk.text.size(), 1000u);
    EXPECT_EQ(chunk.locator.rfind("Section (", 0), 0u) << chunk.locator;
  }
}

TEST(ChunkerTest, BlankTextGivesNoChunks) { EXPECT_TRUE(ChunkDocument(" \n\n \t").empty()); }

}  // namespace
}  // namespace mizan::corpus
