// Mizan — governance gateway for language models.
//
// The wire formats: OpenAI-compatible chat requests and responses (including server-sent
// event chunks), the OpenAI error shape with Mizan's codes, and the JSON views of citations
// and receipts that the CLI prints too. Status codes map to HTTP statuses here and nowhere
// else.
//
// Error messages never echo request content: a parse error names the byte offset and the
// field, not the text around it, because request text may hold personal data.
//
// Thread-safety: pure functions.

#ifndef MIZAN_SERVER_WIRE_H_
#define MIZAN_SERVER_WIRE_H_

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/base/result.h"
#include "mizan/core/config.h"
#include "mizan/core/request_context.h"

namespace mizan::server {

struct WireError {
  int http_status = 500;
  std::string type;        // OpenAI error type, e.g. "invalid_request_error".
  std::string code;        // Mizan code, e.g. "mizan.usecase.unknown" or "invalid_json".
  std::string message;     // For the caller; no request content.
  std::string param;       // The offending field, when there is one.
  std::string rule;        // For refusals: the rule that refused.
  std::string receipt_id;  // When the refusal was recorded in the ledger.
};

// Parses and checks a chat completion request body. kInvalidArgument names the problem.
Result<core::ChatRequest> ParseChatRequest(std::string_view body, int max_messages);

// The one mapping from Status codes to HTTP statuses and OpenAI error types.
WireError ErrorFromStatus(const Status& status, std::string code = "");
// A refusal decided by a stage, with its rule and receipt.
WireError ErrorFromDecision(const core::Decision& decision, const std::string& receipt_id);
std::string RenderError(const WireError& error);

nlohmann::json CitationJson(const core::Citation& citation);
// The `mizan` object added to responses: receipt, languages, categories, backend, citations.
nlohmann::json MizanObject(const core::RequestContext& ctx);

std::string RenderChatCompletion(const core::RequestContext& ctx, int64_t created_seconds);
// The `data:` payloads of a streamed answer, in order, ending with "[DONE]".
std::vector<std::string> RenderChatChunks(const core::RequestContext& ctx, int64_t created_seconds);
std::string RenderModels(const core::Config& config, int64_t created_seconds);

}  // namespace mizan::server

#endif  // MIZAN_SERVER_WIRE_H_
