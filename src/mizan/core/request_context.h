// Mizan — governance gateway for language models.
//
// RequestContext: the one record every stage reads and enriches as a request travels the
// chain (DESIGN.md, "The request path"). Value types only, so the context can be copied into
// a flow record or a test expectation.
//
// Data posture: `messages` hold the caller's raw text only until the privacy stage runs; that
// stage rewrites them in place with pseudonym tokens and keeps the originals in `pseudonyms`,
// which nothing may log, store or send to a backend. Every stage after privacy sees
// pseudonymised text only. A RequestContext belongs to one request and one thread.

#ifndef MIZAN_CORE_REQUEST_CONTEXT_H_
#define MIZAN_CORE_REQUEST_CONTEXT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mizan/core/decision.h"

namespace mizan::core {

struct ChatMessage {
  std::string role;  // "system", "user", "assistant", "tool"
  std::string content;
};

// A chat request as the caller sent it, already checked for shape and UTF-8 by the wire layer.
struct ChatRequest {
  std::string model;  // Empty: the use case's default backend.
  std::vector<ChatMessage> messages;
  bool stream = false;
  std::string use_case;                // From metadata.use_case or the X-Mizan-Use-Case header.
  std::optional<std::string> api_key;  // Raw credential; only the identify stage reads it.
};

// Who is calling. `id` is the configured key name, never the key itself.
struct Principal {
  std::string id;
  std::string role;
};

struct LanguageInfo {
  std::string tag = "und";  // BCP 47, see DESIGN.md "Languages and tags".
  std::string script = "Zyyy";
  double confidence = 0;
  std::string method;  // "rules" or "model".
};

// A passage found in the governed corpus, with the provenance a citation needs.
struct RetrievedPassage {
  int64_t passage_id = 0;
  std::string document_id;
  int version = 0;
  std::string title;
  std::string locator;  // "Article 43", or a section heading.
  std::string source_url;
  std::string licence;
  std::string lang;
  std::string text;
  std::string sha256;  // Of the passage text.
  double score = 0;
  double coverage = 0;     // Share of the question's weight this passage matches, 0..1.
  int matched_terms = 0;   // Distinct question terms the passage contains.
  int question_terms = 0;  // Distinct terms of the question.
};

struct Citation {
  int64_t passage_id = 0;
  std::string document_id;
  int version = 0;
  std::string title;
  std::string locator;
  std::string source_url;
  std::string lang;
  std::string sha256;
  std::string quote;  // The sentences the answer took from this passage.
  double score = 0;
};

struct Answer {
  std::string text;
  std::string language;             // Tag of the answer text.
  bool grounded = false;            // False when the corpus had nothing relevant.
  bool other_language = false;      // True when sources were in another language than asked.
  std::vector<Citation> citations;  // Best first.
};

// Timing and outcome of one stage, for the flow record and metrics.
struct StageTrace {
  std::string stage;
  std::string verdict;
  int64_t micros = 0;
};

struct RequestContext {
  std::string request_id;
  std::string receipt_id;
  int64_t received_at_ms = 0;

  ChatRequest request;
  Principal principal;
  std::string use_case_id;

  // The question the chain answers: the last user message (pseudonymised after privacy).
  std::string question;
  LanguageInfo question_language;

  // Pseudonymisation: token -> original value, and counts per category ("EMAIL": 2).
  // `pseudonyms` holds personal data: never log, store or forward it.
  std::map<std::string, std::string> pseudonyms;
  std::map<std::string, int> pseudonymised_categories;
  std::map<std::string, int> output_redactions;  // Found in the answer and masked.

  std::vector<RetrievedPassage> passages;
  std::string backend;
  std::string backend_residency;
  Answer answer;

  std::vector<StageTrace> trace;
  Decision decision;
};

}  // namespace mizan::core

#endif  // MIZAN_CORE_REQUEST_CONTEXT_H_
