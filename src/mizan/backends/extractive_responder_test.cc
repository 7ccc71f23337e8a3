// Mizan — governance gateway for language models.

#include "mizan/backends/extractive_responder.h"

#include <gtest/gtest.h>

namespace mizan::backends {
namespace {

core::RetrievedPassage Passage(std::string id, std::string lang, std::string locator,
                               std::string text, double score, double coverage) {
  core::RetrievedPassage p;
  p.document_id = std::move(id);
  p.version = 1;
  p.title = "Loi test";
  p.lang = std::move(lang);
  p.locator = std::move(locator);
  p.text = std::move(text);
  p.sha256 = "h";
  p.score = score;
  p.coverage = coverage;
  p.matched_terms = 3;
  p.question_terms = 3;
  return p;
}

class ExtractiveResponderTest : public ::testing::Test {
 protected:
  text::Analyzer analyzer_;
  ExtractiveResponder responder_{analyzer_, ResponderOptions{}};
};

TEST_F(ExtractiveResponderTest, QuotesTheMatchingSentencesWithCitations) {
  std::vector<core::RetrievedPassage> candidates = {Passage(
      "doc-fr", "fr", "Article 12",
      "Le prestataire conserve les données pendant dix ans.\nCette durée court à compter de "
      "la délivrance. Les autres dispositions restent applicables.",
      5.0, 0.8)};
  core::Answer answer = responder_.Respond(
      "Combien de temps le prestataire conserve-t-il les données ?", "fr", candidates);
  ASSERT_TRUE(answer.grounded);
  EXPECT_EQ(answer.language, "fr");
  ASSERT_EQ(answer.citations.size(), 1u);
  EXPECT_EQ(answer.citations[0].locator, "Article 12");
  EXPECT_NE(answer.citations[0].quote.find("conserve les données pendant dix ans."),
            std::string::npos);
  EXPECT_EQ(answer.citations[0].quote.find("\n"), std::string::npos);
  EXPECT_NE(answer.text.find("[1] «"), std::string::npos);
  EXPECT_NE(answer.text.find(answer.citations[0].quote), std::string::npos);
}

TEST_F(ExtractiveResponderTest, SaysNothingFoundInTheAskersLanguage) {
  std::vector<core::RetrievedPassage> weak = {
      Passage("doc", "ar", "Article 1", "نص لا علاقة له بالسؤال.", 0.5, 0.1)};
  core::Answer answer = responder_.Respond("ما هي عاصمة المغرب؟", "ar", weak);
  EXPECT_FALSE(answer.grounded);
  EXPECT_TRUE(answer.citations.empty());
  EXPECT_EQ(answer.language, "ar");
  EXPECT_NE(answer.text.find("لم أجد"), std::string::npos);

  core::Answer french = responder_.Respond("Quelle heure est-il ?", "fr", {});
  EXPECT_NE(french.text.find("aucun passage"), std::string::npos);
}

TEST_F(ExtractiveResponderTest, OneSharedWordIsNotAnAnswer) {
  core::RetrievedPassage passage =
      Passage("doc", "fr", "Article 1", "La capitale administrative est Rabat.", 4.0, 0.6);
  passage.matched_terms = 1;
  passage.question_terms = 4;
  core::Answer answer =
      responder_.Respond("Quelle est la capitale de l'Australie ?", "fr", {passage});
  EXPECT_FALSE(answer.grounded);
  passage.question_terms = 1;  // A one-word question matched on its one word is fine.
  EXPECT_TRUE(responder_.Respond("capitale", "fr", {passage}).grounded);
}

TEST_F(ExtractiveResponderTest, PrefersPassagesInTheAskersLanguage) {
  std::vector<core::RetrievedPassage> candidates = {
      Passage("doc-fr", "fr", "Article 3", "La signature électronique est valable.", 6.0, 0.9),
      Passage("doc-ar", "ar", "Article 3", "التوقيع الإلكتروني صحيح.", 4.0, 0.7)};
  core::Answer answer = responder_.Respond("هل التوقيع الإلكتروني صحيح؟", "ar", candidates);
  ASSERT_EQ(answer.citations.size(), 1u);
  EXPECT_EQ(answer.citations[0].document_id, "doc-ar");
  EXPECT_FALSE(answer.other_language);
  EXPECT_NE(answer.text.find("المادة 3"), std::string::npos);
}

TEST_F(ExtractiveResponderTest, FallsBackToAnotherLanguageAndSaysSo) {
  std::vector<core::RetrievedPassage> candidates = {
      Passage("doc-fr", "fr", "Article 3", "La signature électronique est valable.", 6.0, 0.9)};
  core::Answer answer = responder_.Respond("Is an electronic signature valid?", "en", candidates);
  ASSERT_TRUE(answer.grounded);
  EXPECT_TRUE(answer.other_language);
  EXPECT_EQ(answer.language, "en");
  EXPECT_EQ(answer.text.rfind("No passage in English", 0), 0u);
}

TEST_F(ExtractiveResponderTest, LongQuotesAreCutAtAWordBoundary) {
  std::string sentence = "Le responsable";
  while (sentence.size() < 2000) {
    sentence += " conserve les données";
  }
  sentence += ".";
  std::vector<core::RetrievedPassage> candidates = {
      Passage("doc", "fr", "Article 1", sentence, 3.0, 1.0)};
  core::Answer answer = responder_.Respond("données conservées", "fr", candidates);
  ASSERT_EQ(answer.citations.size(), 1u);
  EXPECT_LE(answer.citations[0].quote.size(), 610u);
  EXPECT_EQ(answer.citations[0].quote.substr(answer.citations[0].quote.size() - 4), " …");
}

TEST_F(ExtractiveResponderTest, CitesAtMostThreePassagesBestFirst) {
  std::vector<core::RetrievedPassage> candidates;
  for (int i = 0; i < 5; ++i) {
    candidates.push_back(Passage("doc-" + std::to_string(i), "fr", "Article 1",
                                 "Les données personnelles sont protégées.", 5.0 - i, 0.9));
  }
  core::Answer answer = responder_.Respond("données personnelles", "fr", candidates);
  ASSERT_EQ(answer.citations.size(), 3u);
  EXPECT_EQ(answer.citations[0].document_id, "doc-0");
  EXPECT_EQ(answer.citations[2].document_id, "doc-2");
}

}  // namespace
}  // namespace mizan::backends
