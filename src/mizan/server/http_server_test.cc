// Mizan — governance gateway for language models.
//
// The HTTP API over real loopback HTTP, against a real SQLite file and corpus.

#include "mizan/server/http_server.h"

#include <fstream>
#include <iterator>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "mizan/base/hash.h"
#include "mizan/corpus/ingest.h"

#include "tests/support/temp_dir.h"

namespace mizan::server {
namespace {

using nlohmann::json;

class HttpServerTest : public ::testing::Test {
 protected:
  void Start(core::Config config) {
    config.storage.sqlite_path = dir_.File("server.db");
    config.server.port = 0;
    config.server.threads = 4;
    config.server.max_body_bytes = 64 * 1024;
    {
      auto db = std::move(storage::Database::Open(config.storage.sqlite_path)).value();
      text::Analyzer analyzer;
      corpus::Ingestor ingestor(*db, analyzer);
      corpus::IngestOptions options{
          "https://www.dgssi.gov.ma", "public-domain", "DGSSI", "", "", nullptr};
      std::string passages =
          R"({"doc_id":"loi-43-20-fr","lang":"fr","doc_title":"Loi 43-20","article_number":"3",)"
          R"("text":"La signature électronique qualifiée a la même valeur juridique que la )"
          R"(signature manuscrite."})"
          "\n"
          R"({"doc_id":"loi-43-20-ar","lang":"ar","doc_title":"القانون 43.20",)"
          R"("article_number":"3",)"
          R"("text":"للتوقيع الإلكتروني المؤهل نفس القيمة القانونية للتوقيع بخط اليد."})";
      ASSERT_TRUE(ingestor.AddFiles({dir_.Write("loi.jsonl", passages)}, options).ok());
    }
    auto gateway = app::Gateway::Open(std::move(config));
    ASSERT_TRUE(gateway.ok()) << gateway.status().ToString();
    gateway_ = std::move(gateway).value();
    server_ = std::make_unique<HttpServer>(*gateway_);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->Serve(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      thread_.join();
    }
  }

  httplib::Result Chat(const json& body, const httplib::Headers& headers = {}) {
    return client_->Post("/v1/chat/completions", headers, body.dump(), "application/json");
  }

  static json Question(const std::string& text) {
    return json{{"model", "mizan-extractive"},
                {"messages", json::array({json{{"role", "user"}, {"content", text}}})}};
  }

  testing::TempDir dir_;
  std::unique_ptr<app::Gateway> gateway_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpServerTest, AnswersWithCitationsAndAReceipt) {
  Start(core::DefaultConfig());
  auto res =
      Chat(Question("La signature électronique a-t-elle la valeur d'une signature "
                    "manuscrite ?"));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = json::parse(res->body);
  EXPECT_EQ(body["model"], "mizan-extractive");
  const json& mizan = body["mizan"];
  EXPECT_EQ(mizan["language"]["question"], "fr");
  EXPECT_TRUE(mizan["grounded"].get<bool>());
  ASSERT_FALSE(mizan["citations"].empty());
  EXPECT_EQ(mizan["citations"][0]["document_id"], "loi-43-20-fr");
  EXPECT_EQ(mizan["citations"][0]["locator"], "Article 3");
  EXPECT_EQ(res->get_header_value("X-Mizan-Receipt"), mizan["receipt_id"]);

  auto receipt = client_->Get("/v1/mizan/receipts/" + mizan["receipt_id"].get<std::string>());
  ASSERT_EQ(receipt->status, 200);
  json flow = json::parse(receipt->body)["flow"];
  EXPECT_EQ(flow["sources"][0]["document_id"], "loi-43-20-fr");
  EXPECT_EQ(flow["use_case"], "public-information");
}

TEST_F(HttpServerTest, StreamingSendsServerSentEventsEndingWithDone) {
  Start(core::DefaultConfig());
  json request = Question("هل للتوقيع الإلكتروني المؤهل قيمة التوقيع بخط اليد؟");
  request["stream"] = true;
  auto res = Chat(request);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/event-stream");
  EXPECT_NE(res->body.find("data: [DONE]\n\n"), std::string::npos);
  std::string text;
  std::string receipt;
  size_t start = 0;
  while ((start = res->body.find("data: ", start)) != std::string::npos) {
    size_t end = res->body.find("\n\n", start);
    std::string payload = res->body.substr(start + 6, end - start - 6);
    start = end;
    if (payload == "[DONE]") {
      break;
    }
    json chunk = json::parse(payload);
    if (chunk["choices"][0]["delta"].contains("content")) {
      text += chunk["choices"][0]["delta"]["content"].get<std::string>();
    }
    if (chunk.contains("mizan")) {
      receipt = chunk["mizan"]["receipt_id"];
      EXPECT_EQ(chunk["mizan"]["citations"][0]["document_id"], "loi-43-20-ar");
    }
  }
  EXPECT_NE(text.find("وفقا للنصوص"), std::string::npos) << text;
  EXPECT_FALSE(receipt.empty());
}

TEST_F(HttpServerTest, BadRequestsGetOpenAiShapedErrors) {
  Start(core::DefaultConfig());
  auto malformed = client_->Post("/v1/chat/completions", "{\"messages\": [", "application/json");
  ASSERT_EQ(malformed->status, 400);
  json error = json::parse(malformed->body)["error"];
  EXPECT_EQ(error["type"], "invalid_request_error");
  EXPECT_EQ(error["code"], "mizan.invalid_request");

  std::string huge =
      R"({"messages":[{"role":"user","content":")" + std::string(70000, 'x') + R"("}]})";
  auto too_large = client_->Post("/v1/chat/completions", huge, "application/json");
  ASSERT_EQ(too_large->status, 413);
  EXPECT_EQ(json::parse(too_large->body)["error"]["code"], "mizan.body_too_large");

  auto bad_utf8 = client_->Post(
      "/v1/chat/completions",
      std::string("{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}"), "application/json");
  ASSERT_EQ(bad_utf8->status, 400);
  EXPECT_NE(json::parse(bad_utf8->body)["error"]["message"].get<std::string>().find("UTF-8"),
            std::string::npos);

  auto no_route = client_->Get("/v1/nothing");
  ASSERT_EQ(no_route->status, 404);
  EXPECT_EQ(json::parse(no_route->body)["error"]["code"], "mizan.no_route");

  auto unknown_receipt = client_->Get("/v1/mizan/receipts/rcpt_NOPE");
  EXPECT_EQ(unknown_receipt->status, 404);

  auto unknown_model =
      Chat(json{{"model", "gpt-9"},
                {"messages", json::array({json{{"role", "user"}, {"content", "bonjour"}}})}});
  ASSERT_EQ(unknown_model->status, 404);
  EXPECT_EQ(json::parse(unknown_model->body)["error"]["rule"], "mizan.backend.unknown");
}

TEST_F(HttpServerTest, ChunkedAndCompressedBodiesAreLimitedToo) {
  Start(core::DefaultConfig());
  std::string huge =
      R"({"messages":[{"role":"user","content":")" + std::string(200000, 'x') + R"("}]})";
  // A chunked body never announces its length; the limit is counted while reading.
  auto chunked = client_->Post(
      "/v1/chat/completions", huge.size(),
      [&](size_t offset, size_t length, httplib::DataSink& sink) {
        sink.write(huge.data() + offset, std::min<size_t>(length, 4096));
        return true;
      },
      "application/json");
  ASSERT_TRUE(chunked);
  EXPECT_EQ(chunked->status, 413);
  // 200 KB of one letter compresses to a few hundred bytes, then inflates past the limit.
  httplib::Client gzip_client("127.0.0.1", port_);
  gzip_client.set_compress(true);
  auto inflated = gzip_client.Post("/v1/chat/completions", huge, "application/json");
  ASSERT_TRUE(inflated);
  EXPECT_EQ(inflated->status, 413);
  EXPECT_EQ(json::parse(inflated->body)["error"]["code"], "mizan.body_too_large");
}

TEST_F(HttpServerTest, RequestTextIsNeverEchoedInErrors) {
  Start(core::DefaultConfig());
  auto model = Chat(json{{"model", "0612345678"},
                         {"messages", json::array({json{{"role", "user"}, {"content", "x y"}}})}});
  ASSERT_EQ(model->status, 404);
  EXPECT_EQ(model->body.find("0612345678"), std::string::npos);
  auto use_case = Chat(Question("bonjour"), {{"X-Mizan-Use-Case", "BE123456"}});
  ASSERT_EQ(use_case->status, 403);
  EXPECT_EQ(use_case->body.find("BE123456"), std::string::npos);
  auto receipt = client_->Get("/v1/mizan/receipts/BE123456");
  EXPECT_EQ(receipt->body.find("BE123456"), std::string::npos);
  auto field = client_->Post("/v1/chat/completions", R"({"0612345678":1})", "application/json");
  ASSERT_EQ(field->status, 400);
  EXPECT_EQ(field->body.find("0612345678"), std::string::npos);
  auto huge_number = client_->Post(
      "/v1/chat/completions", R"({"messages":[{"role":"user","content":"x"}],"temperature":1e999})",
      "application/json");
  EXPECT_EQ(huge_number->status, 400);
  // Nothing the caller sent reached the ledger either (the database file and its WAL).
  for (const char* suffix : {"", "-wal"}) {
    std::ifstream db(dir_.File("server.db") + suffix, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(db)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find("BE123456"), std::string::npos) << suffix;
    EXPECT_EQ(bytes.find("0612345678"), std::string::npos) << suffix;
  }
}

TEST_F(HttpServerTest, MethodsHeadersAndPortsAreChecked) {
  Start(core::DefaultConfig());
  auto get = client_->Get("/v1/chat/completions");
  ASSERT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  httplib::Headers twice = {{"X-Mizan-Use-Case", "public-information"},
                            {"X-Mizan-Use-Case", "other"}};
  EXPECT_EQ(Chat(Question("bonjour"), twice)->status, 400);
  auto lower_case_scheme = Chat(Question("bonjour"), {{"Authorization", "bearer whatever"}});
  EXPECT_EQ(lower_case_scheme->status, 200);
  auto invisible = Chat(Question("‏ 　"));
  EXPECT_EQ(invisible->status, 400);
  // A second server on the same port must fail rather than share the traffic.
  core::Config second = core::DefaultConfig();
  second.storage.sqlite_path = dir_.File("second.db");
  second.server.port = port_;
  auto other = std::move(app::Gateway::Open(second)).value();
  HttpServer clash(*other);
  EXPECT_FALSE(clash.Bind().ok());
}

TEST_F(HttpServerTest, UseCaseConflictsAndUnknownUseCasesAreRefusedAndRecorded) {
  Start(core::DefaultConfig());
  json request = Question("bonjour");
  request["metadata"] = {{"use_case", "public-information"}};
  auto conflict = Chat(request, {{"X-Mizan-Use-Case", "other"}});
  ASSERT_EQ(conflict->status, 400);
  EXPECT_EQ(json::parse(conflict->body)["error"]["code"], "mizan.usecase.conflict");

  auto unknown = Chat(Question("bonjour"), {{"X-Mizan-Use-Case", "social-scoring"}});
  ASSERT_EQ(unknown->status, 403);
  json error = json::parse(unknown->body)["error"];
  EXPECT_EQ(error["rule"], "mizan.usecase.unknown");
  auto receipt = client_->Get("/v1/mizan/receipts/" + error["receipt_id"].get<std::string>());
  ASSERT_EQ(receipt->status, 200);
  EXPECT_EQ(json::parse(receipt->body)["flow"]["decision"]["verdict"], "refuse");
}

TEST_F(HttpServerTest, ApiKeysAreRequiredWhenConfigured) {
  core::Config config = core::DefaultConfig();
  config.keys.push_back(core::KeyConfig{"portal", "app", Sha256Hex("sk-test-123")});
  Start(config);
  auto missing = Chat(Question("bonjour"));
  ASSERT_EQ(missing->status, 401);
  EXPECT_EQ(json::parse(missing->body)["error"]["rule"], "mizan.identify.missing_key");
  // Unauthenticated requests are counted, not recorded: nobody can grow the ledger.
  EXPECT_FALSE(json::parse(missing->body)["error"].contains("receipt_id"));
  EXPECT_EQ(gateway_->ledger().Verify()->records, 0);
  auto wrong = Chat(Question("bonjour"), {{"Authorization", "Bearer sk-nope"}});
  EXPECT_EQ(wrong->status, 401);
  auto right = Chat(Question("bonjour"), {{"Authorization", "Bearer sk-test-123"}});
  EXPECT_EQ(right->status, 200);
  EXPECT_EQ(client_->Get("/v1/models")->status, 401);
  auto models = client_->Get("/v1/models", {{"Authorization", "Bearer sk-test-123"}});
  ASSERT_EQ(models->status, 200);
  EXPECT_EQ(json::parse(models->body)["data"][0]["mizan"]["residency"], "local");
}

TEST_F(HttpServerTest, HealthReadinessAndMetrics) {
  Start(core::DefaultConfig());
  EXPECT_EQ(client_->Get("/healthz")->status, 200);
  auto ready = client_->Get("/readyz");
  ASSERT_EQ(ready->status, 200);
  EXPECT_EQ(json::parse(ready->body)["passages"], 2);
  ASSERT_EQ(Chat(Question("signature électronique manuscrite"))->status, 200);
  auto metrics = client_->Get("/metrics");
  ASSERT_EQ(metrics->status, 200);
  EXPECT_NE(metrics->body.find("mizan_requests_total{verdict=\"continue\"} 1"), std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("mizan_served_by_residency_total{residency=\"local\"} 1"),
            std::string::npos);
  EXPECT_NE(metrics->body.find("mizan_corpus_passages 2"), std::string::npos);
}

TEST(HttpServerBindTest, RefusesNonLoopbackWithoutKeys) {
  testing::TempDir dir;
  core::Config config = core::DefaultConfig();
  config.storage.sqlite_path = dir.File("x.db");
  config.server.host = "0.0.0.0";
  config.server.port = 0;
  auto gateway = std::move(app::Gateway::Open(config)).value();
  HttpServer server(*gateway);
  auto port = server.Bind();
  ASSERT_FALSE(port.ok());
  EXPECT_NE(port.status().message().find("without API keys"), std::string::npos);
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_FALSE(IsLoopbackHost("10.0.0.1"));
}

}  // namespace
}  // namespace mizan::server
