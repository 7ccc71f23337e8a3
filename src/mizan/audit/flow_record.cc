// Mizan — governance gateway for language models.

#include "mizan/audit/flow_record.h"

#include <nlohmann/json.hpp>

namespace mizan::audit {

std::string BuildFlowRecord(const core::RequestContext& ctx, int64_t now_ms) {
  using nlohmann::json;
  json sources = json::array();
  for (const core::Citation& citation : ctx.answer.citations) {
    sources.push_back({{"document_id", citation.document_id},
                       {"version", citation.version},
                       {"locator", citation.locator},
                       {"passage_sha256", citation.sha256}});
  }
  json stages = json::array();
  for (const core::StageTrace& trace : ctx.trace) {
    stages.push_back(
        {{"stage", trace.stage}, {"verdict", trace.verdict}, {"micros", trace.micros}});
  }
  json decision = {{"verdict", core::VerdictName(ctx.decision.verdict)}};
  if (!ctx.decision.rule_id.empty()) {
    decision["rule_id"] = ctx.decision.rule_id;
  }
  json record = {
      {"schema", kFlowRecordSchema},
      {"request_id", ctx.request_id},
      {"receipt_id", ctx.receipt_id},
      {"caller", {{"id", ctx.principal.id}, {"role", ctx.principal.role}}},
      {"use_case", ctx.use_case_id},
      {"languages",
       {{"question", ctx.question_language.tag},
        {"script", ctx.question_language.script},
        {"method", ctx.question_language.method},
        {"answer", ctx.answer.language}}},
      {"personal_data",
       {{"pseudonymised", ctx.pseudonymised_categories},
        {"masked_in_output", ctx.output_redactions}}},
      {"backend", {{"name", ctx.backend}, {"residency", ctx.backend_residency}}},
      {"sources", sources},
      {"grounded", ctx.answer.grounded},
      {"stream", ctx.request.stream},
      {"decision", decision},
      {"stages", stages},
      {"latency_ms", ctx.received_at_ms > 0 ? now_ms - ctx.received_at_ms : 0},
  };
  // Keys sorted (nlohmann objects are ordered maps), compact, UTF-8 kept as is.
  return record.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status LedgerRecorder::Record(const core::RequestContext& ctx) {
  int64_t now = clock_.NowMillis();
  Result<LedgerEntry> entry =
      ledger_.Append(ctx.receipt_id, FormatRfc3339Millis(now), BuildFlowRecord(ctx, now));
  return entry.status();
}

}  // namespace mizan::audit
