// Mizan — governance gateway for language models.

#include "mizan/server/wire.h"

#include <algorithm>
#include <set>

#include "mizan/text/normalize.h"
#include "mizan/text/utf8.h"

namespace mizan::server {
namespace {

using nlohmann::json;

// Fields of the OpenAI chat completion request that Mizan accepts. Sampling parameters are
// accepted and ignored by the extractive backend; anything else is refused so a typo does
// not silently change nothing.
const std::set<std::string>& KnownFields() {
  static const std::set<std::string> fields = {"model",
                                               "messages",
                                               "stream",
                                               "stream_options",
                                               "metadata",
                                               "temperature",
                                               "top_p",
                                               "n",
                                               "max_tokens",
                                               "max_completion_tokens",
                                               "presence_penalty",
                                               "frequency_penalty",
                                               "user",
                                               "stop",
                                               "seed",
                                               "response_format",
                                               "tools",
                                               "tool_choice",
                                               "logit_bias",
                                               "logprobs",
                                               "top_logprobs",
                                               "parallel_tool_calls",
                                               "store",
                                               "service_tier",
                                               "modalities",
                                               "reasoning_effort"};
  return fields;
}

bool LooksLikeFieldName(const std::string& key) {
  return !key.empty() && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
  });
}

Status FieldError(const std::string& field, const std::string& problem) {
  return InvalidArgumentError("'" + field + "' " + problem);
}

Status CheckNumber(const json& body, const char* field) {
  if (body.contains(field) && !body[field].is_null() && !body[field].is_number()) {
    return FieldError(field, "must be a number");
  }
  return Status::Ok();
}

Result<std::string> MessageText(const json& content, const std::string& path) {
  if (content.is_string()) {
    return content.get<std::string>();
  }
  if (content.is_array()) {
    std::string text;
    for (size_t i = 0; i < content.size(); ++i) {
      const json& part = content[i];
      std::string part_path = path + "[" + std::to_string(i) + "]";
      if (!part.is_object() || !part.contains("type") || !part["type"].is_string()) {
        return FieldError(part_path, "must be an object with a string 'type'");
      }
      if (part["type"] != "text") {
        return FieldError(part_path + ".type", "is not supported (only 'text' parts are accepted)");
      }
      if (!part.contains("text") || !part["text"].is_string()) {
        return FieldError(part_path + ".text", "must be a string");
      }
      text += (text.empty() ? "" : "\n") + part["text"].get<std::string>();
    }
    return text;
  }
  return FieldError(path, "must be a string or an array of text parts");
}

Status ParseMessages(const json& body, int max_messages, core::ChatRequest* request) {
  if (!body.contains("messages")) {
    return FieldError("messages", "is required");
  }
  const json& messages = body["messages"];
  if (!messages.is_array()) {
    return FieldError("messages", "must be an array");
  }
  if (messages.empty()) {
    return FieldError("messages", "must not be empty");
  }
  if (messages.size() > static_cast<size_t>(max_messages)) {
    return FieldError("messages", "has " + std::to_string(messages.size()) +
                                      " entries; the limit is " + std::to_string(max_messages));
  }
  static const std::set<std::string> kRoles = {"system", "developer", "user", "assistant", "tool"};
  bool has_question = false;
  for (size_t i = 0; i < messages.size(); ++i) {
    const json& message = messages[i];
    std::string path = "messages[" + std::to_string(i) + "]";
    if (!message.is_object()) {
      return FieldError(path, "must be an object");
    }
    if (!message.contains("role") || !message["role"].is_string()) {
      return FieldError(path + ".role", "must be a string");
    }
    std::string role = message["role"].get<std::string>();
    if (!kRoles.contains(role)) {
      return FieldError(path + ".role", "must be one of system, developer, user, assistant, tool");
    }
    core::ChatMessage parsed{role, ""};
    bool null_content = !message.contains("content") || message["content"].is_null();
    if (null_content && role != "assistant") {
      return FieldError(path + ".content", "is required");
    }
    if (!null_content) {
      MIZAN_ASSIGN_OR_RETURN(parsed.content, MessageText(message["content"], path + ".content"));
    }
    // Folding drops spaces of every kind, bidi marks and other invisible characters.
    if (role == "user" && !text::FoldForSearch(parsed.content).empty()) {
      has_question = true;
    }
    request->messages.push_back(std::move(parsed));
  }
  if (!has_question) {
    return FieldError("messages", "must contain a 'user' message with non-empty content");
  }
  return Status::Ok();
}

Status ParseOptions(const json& body, core::ChatRequest* request) {
  if (body.contains("model") && !body["model"].is_null()) {
    if (!body["model"].is_string()) {
      return FieldError("model", "must be a string");
    }
    request->model = body["model"].get<std::string>();
  }
  if (body.contains("stream") && !body["stream"].is_null()) {
    if (!body["stream"].is_boolean()) {
      return FieldError("stream", "must be true or false");
    }
    request->stream = body["stream"].get<bool>();
  }
  if (body.contains("n") && !body["n"].is_null() && body["n"] != 1) {
    return FieldError("n", "must be 1 (one answer per request)");
  }
  for (const char* field : {"temperature", "top_p", "presence_penalty", "frequency_penalty",
                            "max_tokens", "max_completion_tokens", "seed"}) {
    MIZAN_RETURN_IF_ERROR(CheckNumber(body, field));
  }
  for (const char* field : {"max_tokens", "max_completion_tokens"}) {
    if (body.contains(field) && body[field].is_number() && !(body[field].get<double>() >= 1)) {
      return FieldError(field, "must be at least 1");
    }
  }
  if (body.contains("metadata") && !body["metadata"].is_null()) {
    const json& metadata = body["metadata"];
    if (!metadata.is_object()) {
      return FieldError("metadata", "must be an object");
    }
    if (metadata.contains("use_case")) {
      if (!metadata["use_case"].is_string()) {
        return FieldError("metadata.use_case", "must be a string");
      }
      request->use_case = metadata["use_case"].get<std::string>();
    }
  }
  return Status::Ok();
}

json DeltaChunk(const core::RequestContext& ctx, int64_t created, json delta,
                const json& finish_reason) {
  return json{{"id", "chatcmpl-" + ctx.request_id},
              {"object", "chat.completion.chunk"},
              {"created", created},
              {"model", ctx.backend},
              {"choices",
               json::array({json{
                   {"index", 0}, {"delta", std::move(delta)}, {"finish_reason", finish_reason}}})}};
}

// Splits text into pieces of about `size` bytes at spaces, never inside a UTF-8 sequence.
std::vector<std::string> Pieces(const std::string& text, size_t size) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.size(), start + size);
    if (end < text.size()) {
      size_t space = text.find(' ', end);
      end = space == std::string::npos ? text.size() : space + 1;
    }
    pieces.push_back(text.substr(start, end - start));
    start = end;
  }
  return pieces;
}

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

Result<core::ChatRequest> ParseChatRequest(std::string_view body, int max_messages) {
  if (body.empty()) {
    return InvalidArgumentError("request body is empty; send a JSON chat completion request");
  }
  if (auto offset = text::FirstInvalidUtf8Offset(body)) {
    return InvalidArgumentError("request body is not valid UTF-8 (first bad byte at offset " +
                                std::to_string(*offset) + ")");
  }
  json parsed;
  try {
    parsed = json::parse(body);
  } catch (const json::parse_error& e) {
    // e.what() quotes the input around the error; only the position is safe to return.
    return InvalidArgumentError("request body is not valid JSON (syntax error at byte " +
                                std::to_string(e.byte) + ")");
  } catch (const json::exception&) {
    return InvalidArgumentError("request body holds a number too large to represent");
  }
  if (!parsed.is_object()) {
    return InvalidArgumentError("request body must be a JSON object");
  }
  for (const auto& [key, value] : parsed.items()) {
    if (!KnownFields().contains(key)) {
      // A field name is caller text: it is named only when it looks like a field name.
      return InvalidArgumentError(LooksLikeFieldName(key) ? "unknown field '" + key + "'"
                                                          : "the body has an unknown field");
    }
  }
  core::ChatRequest request;
  MIZAN_RETURN_IF_ERROR(ParseOptions(parsed, &request));
  MIZAN_RETURN_IF_ERROR(ParseMessages(parsed, max_messages, &request));
  return request;
}

WireError ErrorFromStatus(const Status& status, std::string code) {
  WireError error;
  error.message = status.message();
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kFailedPrecondition:
      error.http_status = 400;
      error.type = "invalid_request_error";
      break;
    case StatusCode::kUnauthenticated:
      error.http_status = 401;
      error.type = "authentication_error";
      break;
    case StatusCode::kPermissionDenied:
      error.http_status = 403;
      error.type = "permission_error";
      break;
    case StatusCode::kNotFound:
      error.http_status = 404;
      error.type = "not_found_error";
      break;
    case StatusCode::kAlreadyExists:
      error.http_status = 409;
      error.type = "conflict_error";
      break;
    case StatusCode::kResourceExhausted:
      error.http_status = 413;
      error.type = "invalid_request_error";
      break;
    case StatusCode::kUnavailable:
      error.http_status = 503;
      error.type = "service_unavailable";
      break;
    case StatusCode::kDeadlineExceeded:
      error.http_status = 504;
      error.type = "timeout_error";
      break;
    case StatusCode::kUnimplemented:
      error.http_status = 501;
      error.type = "invalid_request_error";
      break;
    default:
      error.http_status = 500;
      error.type = "server_error";
      break;
  }
  error.code = code.empty() ? "mizan." + std::string(StatusCodeName(status.code())) : code;
  for (char& c : error.code) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return error;
}

WireError ErrorFromDecision(const core::Decision& decision, const std::string& receipt_id) {
  WireError error = ErrorFromStatus(Status(decision.code, decision.reason), decision.rule_id);
  error.rule = decision.rule_id;
  error.receipt_id = receipt_id;
  return error;
}

std::string RenderError(const WireError& error) {
  json body = {{"message", error.message},
               {"type", error.type},
               {"code", error.code},
               {"param", error.param.empty() ? json(nullptr) : json(error.param)}};
  if (!error.rule.empty()) {
    body["rule"] = error.rule;
  }
  if (!error.receipt_id.empty()) {
    body["receipt_id"] = error.receipt_id;
  }
  return Dump(json{{"error", body}});
}

json CitationJson(const core::Citation& citation) {
  return json{{"document_id", citation.document_id},
              {"version", citation.version},
              {"title", citation.title},
              {"locator", citation.locator},
              {"source_url", citation.source_url},
              {"lang", citation.lang},
              {"sha256", citation.sha256},
              {"quote", citation.quote},
              {"passage_id", citation.passage_id}};
}

json MizanObject(const core::RequestContext& ctx) {
  json citations = json::array();
  for (const auto& citation : ctx.answer.citations) {
    citations.push_back(CitationJson(citation));
  }
  return json{
      {"receipt_id", ctx.receipt_id},
      {"request_id", ctx.request_id},
      {"use_case", ctx.use_case_id},
      {"language",
       {{"question", ctx.question_language.tag},
        {"script", ctx.question_language.script},
        {"confidence", ctx.question_language.confidence},
        {"method", ctx.question_language.method},
        {"answer", ctx.answer.language},
        {"sources_in_other_language", ctx.answer.other_language}}},
      {"pseudonymised", ctx.pseudonymised_categories},
      {"masked_in_output", ctx.output_redactions},
      {"backend", {{"name", ctx.backend}, {"residency", ctx.backend_residency}}},
      {"grounded", ctx.answer.grounded},
      {"citations", citations},
      {"review", {{"status", "not_required"}}},
  };
}

std::string RenderChatCompletion(const core::RequestContext& ctx, int64_t created_seconds) {
  json response = {
      {"id", "chatcmpl-" + ctx.request_id},
      {"object", "chat.completion"},
      {"created", created_seconds},
      {"model", ctx.backend},
      {"choices",
       json::array({json{{"index", 0},
                         {"message", {{"role", "assistant"}, {"content", ctx.answer.text}}},
                         {"logprobs", nullptr},
                         {"finish_reason", "stop"}}})},
      {"mizan", MizanObject(ctx)},
  };
  return Dump(response);
}

std::vector<std::string> RenderChatChunks(const core::RequestContext& ctx,
                                          int64_t created_seconds) {
  std::vector<std::string> chunks;
  chunks.push_back(
      Dump(DeltaChunk(ctx, created_seconds, {{"role", "assistant"}, {"content", ""}}, nullptr)));
  for (const std::string& piece : Pieces(ctx.answer.text, 160)) {
    chunks.push_back(Dump(DeltaChunk(ctx, created_seconds, {{"content", piece}}, nullptr)));
  }
  json last = DeltaChunk(ctx, created_seconds, json::object(), "stop");
  last["mizan"] = MizanObject(ctx);
  chunks.push_back(Dump(last));
  chunks.push_back("[DONE]");
  return chunks;
}

std::string RenderModels(const core::Config& config, int64_t created_seconds) {
  json data = json::array();
  for (const auto& backend : config.backends) {
    data.push_back({{"id", backend.name},
                    {"object", "model"},
                    {"created", created_seconds},
                    {"owned_by", backend.provider},
                    {"mizan",
                     {{"kind", backend.kind},
                      {"residency", backend.residency},
                      {"country", backend.country}}}});
  }
  return Dump(json{{"object", "list"}, {"data", data}});
}

}  // namespace mizan::server
