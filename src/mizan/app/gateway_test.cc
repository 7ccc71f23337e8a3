// Mizan — governance gateway for language models.

#include "mizan/app/gateway.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "mizan/corpus/ingest.h"

#include "tests/support/temp_dir.h"

namespace mizan::app {
namespace {

class GatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    core::Config config = core::DefaultConfig();
    config.storage.sqlite_path = dir_.File("gateway.db");
    {
      auto db = std::move(storage::Database::Open(config.storage.sqlite_path)).value();
      text::Analyzer analyzer;
      corpus::Ingestor ingestor(*db, analyzer);
      corpus::IngestOptions options{"https://www.cndp.ma", "CC-BY-4.0", "Test", "", "", nullptr};
      ASSERT_TRUE(ingestor
                      .AddFiles({dir_.Write("droits.md",
                                            "---\nlang: fr\n---\n# Droit d'accès\nToute personne "
                                            "peut demander l'accès à ses données personnelles "
                                            "auprès du responsable du traitement.\n")},
                                options)
                      .ok());
    }
    gateway_ = std::move(Gateway::Open(config)).value();
  }

  core::ChatRequest Ask(const std::string& question) {
    core::ChatRequest request;
    request.messages.push_back({"user", question});
    return request;
  }

  std::string DatabaseBytes() {
    std::string all;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(dir_.File("gateway.db") + suffix, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      all += buffer.str();
    }
    return all;
  }

  testing::TempDir dir_;
  std::unique_ptr<Gateway> gateway_;
};

TEST_F(GatewayTest, RunsTheWholeChainInOrder) {
  auto ctx = gateway_->Handle(Ask("Comment demander l'accès à mes données personnelles ?"));
  ASSERT_TRUE(ctx.ok()) << ctx.status().ToString();
  EXPECT_TRUE(ctx->decision.proceeds());
  EXPECT_TRUE(ctx->answer.grounded);
  EXPECT_EQ(ctx->answer.citations.at(0).locator, "Droit d'accès");
  std::vector<std::string> ran;
  for (const auto& trace : ctx->trace) {
    ran.push_back(trace.stage);
  }
  EXPECT_EQ(ran, (std::vector<std::string>{"identify", "use_case", "language", "privacy",
                                           "retrieve", "generate", "check_output"}));
  EXPECT_EQ(ran, gateway_->StageNames());
  auto entry = gateway_->ledger().Find(ctx->receipt_id);
  ASSERT_TRUE(entry.ok());
}

TEST_F(GatewayTest, PersonalDataNeverReachesTheDatabase) {
  auto ctx = gateway_->Handle(
      Ask("Je suis joignable au 0612345678 ou a.benali@example.ma, CIN BE998877 : comment "
          "demander l'accès à mes données personnelles ?"));
  ASSERT_TRUE(ctx.ok());
  EXPECT_EQ(ctx->pseudonymised_categories.at("PHONE"), 1);
  EXPECT_EQ(ctx->pseudonymised_categories.at("EMAIL"), 1);
  EXPECT_EQ(ctx->pseudonymised_categories.at("CIN"), 1);
  EXPECT_EQ(ctx->question.find("0612345678"), std::string::npos);
  EXPECT_TRUE(ctx->answer.grounded);
  gateway_.reset();  // Close so the WAL is checkpointed into the file.
  std::string bytes = DatabaseBytes();
  EXPECT_EQ(bytes.find("0612345678"), std::string::npos);
  EXPECT_EQ(bytes.find("a.benali@example.ma"), std::string::npos);
  EXPECT_EQ(bytes.find("BE998877"), std::string::npos);
  EXPECT_NE(bytes.find("\"PHONE\":1"), std::string::npos);
}

TEST_F(GatewayTest, RefusalsAreRecordedToo) {
  core::ChatRequest request = Ask("bonjour");
  request.use_case = "unknown-purpose";
  auto ctx = gateway_->Handle(std::move(request));
  ASSERT_TRUE(ctx.ok());
  EXPECT_EQ(ctx->decision.rule_id, "mizan.usecase.unknown");
  auto entry = gateway_->ledger().Find(ctx->receipt_id);
  ASSERT_TRUE(entry.ok());
  EXPECT_NE(entry->record.find("\"verdict\":\"refuse\""), std::string::npos);
  EXPECT_TRUE(gateway_->ledger().Verify()->intact);
}

TEST_F(GatewayTest, UnrelatedQuestionsAreNotAnsweredFromWeakMatches) {
  auto ctx = gateway_->Handle(Ask("Quelle est la recette du couscous aux sept légumes ?"));
  ASSERT_TRUE(ctx.ok());
  EXPECT_FALSE(ctx->answer.grounded);
  EXPECT_TRUE(ctx->answer.citations.empty());
  EXPECT_EQ(ctx->answer.language, "fr");
}

TEST_F(GatewayTest, LedgerFailureMeansTheRequestIsNotServed) {
  ASSERT_TRUE(gateway_->database()
                  .Execute("CREATE TRIGGER no_more BEFORE INSERT ON flow_records "
                           "BEGIN SELECT RAISE(ABORT, 'ledger disk full'); END")
                  .ok());
  auto ctx = gateway_->Handle(Ask("accès aux données"));
  ASSERT_FALSE(ctx.ok());
  EXPECT_EQ(ctx.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(ctx.status().message().find("flow record could not be written"), std::string::npos);
}

}  // namespace
}  // namespace mizan::app
