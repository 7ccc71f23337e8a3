// Mizan — governance gateway for language models.

#include "mizan/corpus/passage_file.h"

#include <gtest/gtest.h>

namespace mizan::corpus {
namespace {

TEST(PassageFileTest, GroupsLinesByDocumentInOrder) {
  std::string contents =
      R"({"doc_id": "loi-a", "lang": "fr", "doc_title": "Loi A", "article_number": "1", )"
      R"("text": "Un.", "official_source_url": "https://a", "repo": "x"})"
      "\n"
      R"({"doc_id": "loi-b", "lang": "ar", "article_number": 1, "text": "واحد"})"
      "\n\n"
      R"({"doc_id": "loi-a", "article_number": "2", "text": "Deux."})"
      "\n";
  auto docs = ParsePassageFile("articles.jsonl", contents);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  const PassageFileDocument& a = (*docs)[0];
  EXPECT_EQ(a.document_id, "loi-a");
  EXPECT_EQ(a.title, "Loi A");
  EXPECT_EQ(a.source_url, "https://a");
  ASSERT_EQ(a.chunks.size(), 2u);
  EXPECT_EQ(a.chunks[1].locator, "Article 2");
  EXPECT_EQ((*docs)[1].chunks[0].locator, "Article 1");
}

TEST(PassageFileTest, ContentHashChangesWithText) {
  auto one = ParsePassageFile("x", R"({"doc_id":"d","locator":"§1","text":"a"})");
  auto two = ParsePassageFile("x", R"({"doc_id":"d","locator":"§1","text":"b"})");
  ASSERT_TRUE(one.ok() && two.ok());
  EXPECT_NE((*one)[0].sha256, (*two)[0].sha256);
}

TEST(PassageFileTest, ErrorsNameTheLine) {
  auto bad_json = ParsePassageFile("f.jsonl",
                                   "{\"doc_id\":\"d\",\"locator\":\"x\",\"text\":\"a\"}"
                                   "\n{not json\n");
  ASSERT_FALSE(bad_json.ok());
  EXPECT_EQ(bad_json.status().message(), "f.jsonl:2: not valid JSON");

  auto missing = ParsePassageFile("f.jsonl", R"({"text":"a","locator":"x"})");
  EXPECT_EQ(missing.status().message(), "f.jsonl:1: missing 'doc_id'");

  auto wrong_type = ParsePassageFile("f.jsonl", R"({"doc_id":"d","text":["a"]})");
  EXPECT_EQ(wrong_type.status().message(), "f.jsonl:1: 'text' must be a string");

  auto no_locator = ParsePassageFile("f.jsonl", R"({"doc_id":"d","text":"a"})");
  EXPECT_EQ(no_locator.status().message(), "f.jsonl:1: needs 'article_number' or 'locator'");

  auto mixed = ParsePassageFile("f.jsonl",
                                "{\"doc_id\":\"d\",\"lang\":\"fr\",\"locator\":\"1\","
                                "\"text\":\"a\"}\n{\"doc_id\":\"d\",\"lang\":\"ar\","
                                "\"locator\":\"2\",\"text\":\"b\"}");
  EXPECT_NE(mixed.status().message().find("f.jsonl:2: document 'd' has lang 'ar'"),
            std::string::npos);

  auto bad_utf8 = ParsePassageFile("f.jsonl", std::string("{\"doc_id\":\"\xc3\"}"));
  EXPECT_NE(bad_utf8.status().message().find("invalid UTF-8"), std::string::npos);

  EXPECT_FALSE(ParsePassageFile("f.jsonl", "\n\n").ok());
}

}  // namespace
}  // namespace mizan::corpus
