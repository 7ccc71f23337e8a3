// Mizan — governance gateway for language models.

#include "mizan/server/metrics.h"

#include <sstream>

namespace mizan::server {
namespace {

template <typename Map>
void WriteFamily(std::ostringstream& out, const char* name, const char* help, const char* type,
                 const char* label, const Map& values) {
  out << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n";
  for (const auto& [key, value] : values) {
    out << name << "{" << label << "=\"" << key << "\"} " << value << "\n";
  }
}

}  // namespace

void Metrics::CountRequest(const core::RequestContext& ctx) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_by_verdict_[std::string(core::VerdictName(ctx.decision.verdict))];
  if (!ctx.decision.proceeds()) {
    ++refusals_by_rule_[ctx.decision.rule_id];
  } else {
    ++served_by_residency_[ctx.backend_residency.empty() ? "none" : ctx.backend_residency];
    if (!ctx.answer.grounded) {
      ++ungrounded_answers_;
    }
  }
  for (const auto& [type, count] : ctx.pseudonymised_categories) {
    pseudonymised_by_type_[type] += count;
  }
  for (const auto& trace : ctx.trace) {
    stage_seconds_[trace.stage] += static_cast<double>(trace.micros) / 1e6;
  }
}

void Metrics::CountResponse(int http_status) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++responses_by_status_[http_status];
}

std::string Metrics::Render(size_t passages) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::ostringstream out;
  WriteFamily(out, "mizan_requests_total", "Chat requests by chain verdict.", "counter", "verdict",
              requests_by_verdict_);
  WriteFamily(out, "mizan_refusals_total", "Refused requests by the rule that refused.", "counter",
              "rule", refusals_by_rule_);
  WriteFamily(out, "mizan_served_by_residency_total",
              "Served requests by residency of the backend that answered.", "counter", "residency",
              served_by_residency_);
  WriteFamily(out, "mizan_pseudonymised_values_total",
              "Personal values replaced by tokens, by type.", "counter", "type",
              pseudonymised_by_type_);
  WriteFamily(out, "mizan_stage_seconds_total", "Time spent in each stage.", "counter", "stage",
              stage_seconds_);
  WriteFamily(out, "mizan_http_responses_total", "HTTP responses by status code.", "counter",
              "code", responses_by_status_);
  out << "# HELP mizan_ungrounded_answers_total Answers saying nothing relevant was found.\n"
      << "# TYPE mizan_ungrounded_answers_total counter\n"
      << "mizan_ungrounded_answers_total " << ungrounded_answers_ << "\n"
      << "# HELP mizan_corpus_passages Searchable passages in the governed corpus.\n"
      << "# TYPE mizan_corpus_passages gauge\n"
      << "mizan_corpus_passages " << passages << "\n";
  return out.str();
}

}  // namespace mizan::server
