// Mizan — governance gateway for language models.

#include "mizan/audit/flow_record.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace mizan::audit {
namespace {

core::RequestContext SampleContext() {
  core::RequestContext ctx;
  ctx.request_id = "req_1";
  ctx.receipt_id = "rcpt_1";
  ctx.received_at_ms = 1000;
  ctx.principal = {"demo-app", "app"};
  ctx.use_case_id = "public-information";
  ctx.request.messages = {{"user", "Mon numéro est [PHONE_1]"}};
  ctx.question = "Mon numéro est [PHONE_1]";
  ctx.pseudonyms = {{"[PHONE_1]", "0612345678"}};
  ctx.pseudonymised_categories = {{"PHONE", 1}};
  ctx.question_language = {"fr", "Latn", 0.9, "rules"};
  ctx.backend = "mizan-extractive";
  ctx.backend_residency = "local";
  ctx.answer.text = "Réponse citée";
  ctx.answer.language = "fr";
  ctx.answer.grounded = true;
  core::Citation citation;
  citation.document_id = "ma-loi-09-08-ar";
  citation.version = 1;
  citation.locator = "Article 7";
  citation.sha256 = "abc";
  citation.quote = "texte cité";
  ctx.answer.citations.push_back(citation);
  ctx.trace = {{"privacy", "continue", 12}};
  return ctx;
}

TEST(FlowRecordTest, RecordsFlowsButNeverContent) {
  std::string record = BuildFlowRecord(SampleContext(), 1250);
  EXPECT_EQ(record.find("0612345678"), std::string::npos);
  EXPECT_EQ(record.find("Mon numéro"), std::string::npos);
  EXPECT_EQ(record.find("Réponse citée"), std::string::npos);
  EXPECT_EQ(record.find("texte cité"), std::string::npos);
  auto json = nlohmann::json::parse(record);
  EXPECT_EQ(json["schema"], kFlowRecordSchema);
  EXPECT_EQ(json["personal_data"]["pseudonymised"]["PHONE"], 1);
  EXPECT_EQ(json["sources"][0]["locator"], "Article 7");
  EXPECT_EQ(json["backend"]["residency"], "local");
  EXPECT_EQ(json["latency_ms"], 250);
  EXPECT_EQ(json["decision"]["verdict"], "continue");
}

TEST(FlowRecordTest, SerialisationIsCanonical) {
  std::string a = BuildFlowRecord(SampleContext(), 1250);
  std::string b = BuildFlowRecord(SampleContext(), 1250);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.find("\n"), std::string::npos);
  EXPECT_LT(a.find("\"backend\""), a.find("\"caller\""));  // Keys in sorted order.
}

}  // namespace
}  // namespace mizan::audit
