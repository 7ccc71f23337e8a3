// Mizan — governance gateway for language models.

#include "mizan/server/wire.h"

#include <gtest/gtest.h>

namespace mizan::server {
namespace {

std::string ErrorOf(std::string_view body) {
  auto parsed = ParseChatRequest(body, 8);
  return parsed.ok() ? "" : parsed.status().message();
}

TEST(WireTest, ParsesAnOpenAiRequest) {
  auto request = ParseChatRequest(R"({"model":"mizan-extractive","stream":true,
      "temperature":0.2,"metadata":{"use_case":"public-information"},
      "messages":[{"role":"system","content":"Sois bref."},
                  {"role":"user","content":[{"type":"text","text":"Bonjour"},
                                            {"type":"text","text":"CNIE ?"}]}]})",
                                  8);
  ASSERT_TRUE(request.ok()) << request.status().ToString();
  EXPECT_EQ(request->model, "mizan-extractive");
  EXPECT_TRUE(request->stream);
  EXPECT_EQ(request->use_case, "public-information");
  ASSERT_EQ(request->messages.size(), 2u);
  EXPECT_EQ(request->messages[1].content, "Bonjour\nCNIE ?");
}

TEST(WireTest, RefusesBadShapesWithTheFieldNamed) {
  EXPECT_EQ(ErrorOf(""), "request body is empty; send a JSON chat completion request");
  EXPECT_EQ(ErrorOf("[1,2]"), "request body must be a JSON object");
  EXPECT_EQ(ErrorOf("{}"), "'messages' is required");
  EXPECT_EQ(ErrorOf(R"({"messages":"hi"})"), "'messages' must be an array");
  EXPECT_EQ(ErrorOf(R"({"messages":[]})"), "'messages' must not be empty");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"robot","content":"x"}]})"),
            "'messages[0].role' must be one of system, developer, user, assistant, tool");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":42}]})"),
            "'messages[0].content' must be a string or an array of text parts");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":[{"type":"image_url"}]}]})"),
            "'messages[0].content[0].type' is not supported (only 'text' parts are accepted)");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"system","content":"x"}]})"),
            "'messages' must contain a 'user' message with non-empty content");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":"x"}],"stream":"yes"})"),
            "'stream' must be true or false");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":"x"}],"n":3})"),
            "'n' must be 1 (one answer per request)");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":"x"}],"temperature":"hot"})"),
            "'temperature' must be a number");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":"x"}],"metadata":{"use_case":1}})"),
            "'metadata.use_case' must be a string");
  EXPECT_EQ(ErrorOf(R"({"messages":[{"role":"user","content":"x"}],"mesages":[]})"),
            "unknown field 'mesages'");
}

TEST(WireTest, TooManyMessagesIsRefused) {
  std::string body = R"({"messages":[)";
  for (int i = 0; i < 9; ++i) {
    body += std::string(i ? "," : "") + R"({"role":"user","content":"x"})";
  }
  body += "]}";
  EXPECT_EQ(ErrorOf(body), "'messages' has 9 entries; the limit is 8");
}

TEST(WireTest, ParseErrorsNeverEchoTheBody) {
  std::string error = ErrorOf(R"({"messages":[{"role":"user","content":"CIN BE123456 tel 06)");
  EXPECT_NE(error.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(error.find("BE123456"), std::string::npos);
  std::string utf8 = ErrorOf(std::string("{\"messages\":\"\xc3\x28\"}"));
  EXPECT_EQ(utf8, "request body is not valid UTF-8 (first bad byte at offset 13)");
}

TEST(WireTest, StatusCodesMapToHttpInOnePlace) {
  EXPECT_EQ(ErrorFromStatus(InvalidArgumentError("x")).http_status, 400);
  EXPECT_EQ(ErrorFromStatus(UnauthenticatedError("x")).http_status, 401);
  EXPECT_EQ(ErrorFromStatus(PermissionDeniedError("x")).http_status, 403);
  EXPECT_EQ(ErrorFromStatus(NotFoundError("x")).http_status, 404);
  EXPECT_EQ(ErrorFromStatus(UnavailableError("x")).http_status, 503);
  EXPECT_EQ(ErrorFromStatus(InternalError("x")).type, "server_error");
}

TEST(WireTest, RefusalsCarryRuleAndReceipt) {
  core::Decision refusal = core::Decision::Refuse(StatusCode::kPermissionDenied,
                                                  "mizan.usecase.unknown", "not registered");
  auto body = nlohmann::json::parse(RenderError(ErrorFromDecision(refusal, "rcpt_X")));
  EXPECT_EQ(body["error"]["message"], "not registered");
  EXPECT_EQ(body["error"]["type"], "permission_error");
  EXPECT_EQ(body["error"]["code"], "mizan.usecase.unknown");
  EXPECT_EQ(body["error"]["rule"], "mizan.usecase.unknown");
  EXPECT_EQ(body["error"]["receipt_id"], "rcpt_X");
  EXPECT_TRUE(body["error"]["param"].is_null());
}

core::RequestContext AnsweredContext() {
  core::RequestContext ctx;
  ctx.request_id = "req_1";
  ctx.receipt_id = "rcpt_1";
  ctx.backend = "mizan-extractive";
  ctx.backend_residency = "local";
  ctx.answer.text = std::string(500, 'a') + " fin «تم» ";
  ctx.answer.language = "fr";
  ctx.answer.grounded = true;
  core::Citation citation;
  citation.document_id = "loi";
  citation.locator = "Article 1";
  ctx.answer.citations.push_back(citation);
  return ctx;
}

TEST(WireTest, CompletionCarriesTheMizanObject) {
  auto body = nlohmann::json::parse(RenderChatCompletion(AnsweredContext(), 1700000000));
  EXPECT_EQ(body["object"], "chat.completion");
  EXPECT_EQ(body["choices"][0]["message"]["role"], "assistant");
  EXPECT_EQ(body["choices"][0]["finish_reason"], "stop");
  EXPECT_EQ(body["mizan"]["receipt_id"], "rcpt_1");
  EXPECT_EQ(body["mizan"]["backend"]["residency"], "local");
  EXPECT_EQ(body["mizan"]["citations"][0]["locator"], "Article 1");
}

TEST(WireTest, StreamChunksReassembleTheAnswer) {
  core::RequestContext ctx = AnsweredContext();
  std::vector<std::string> chunks = RenderChatChunks(ctx, 1700000000);
  ASSERT_GE(chunks.size(), 4u);
  EXPECT_EQ(chunks.back(), "[DONE]");
  std::string text;
  for (size_t i = 0; i + 1 < chunks.size(); ++i) {
    auto chunk = nlohmann::json::parse(chunks[i]);
    EXPECT_EQ(chunk["object"], "chat.completion.chunk");
    const auto& delta = chunk["choices"][0]["delta"];
    if (delta.contains("content")) {
      text += delta["content"].get<std::string>();
    }
  }
  EXPECT_EQ(text, ctx.answer.text);
  auto last = nlohmann::json::parse(chunks[chunks.size() - 2]);
  EXPECT_EQ(last["choices"][0]["finish_reason"], "stop");
  EXPECT_EQ(last["mizan"]["receipt_id"], "rcpt_1");
}

TEST(WireTest, ModelsListResidency) {
  auto body = nlohmann::json::parse(RenderModels(core::DefaultConfig(), 1));
  EXPECT_EQ(body["object"], "list");
  EXPECT_EQ(body["data"][0]["id"], "mizan-extractive");
  EXPECT_EQ(body["data"][0]["mizan"]["residency"], "local");
}

}  // namespace
}  // namespace mizan::server
