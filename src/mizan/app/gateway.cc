// Mizan — governance gateway for language models.

#include "mizan/app/gateway.h"

#include <algorithm>

#include "mizan/backends/generate_stage.h"
#include "mizan/base/ids.h"
#include "mizan/base/log.h"
#include "mizan/corpus/retrieve_stage.h"
#include "mizan/policy/identify_stage.h"
#include "mizan/policy/use_case_stage.h"
#include "mizan/privacy/privacy_stage.h"
#include "mizan/text/language_stage.h"

namespace mizan::app {

Result<std::unique_ptr<Gateway>> Gateway::Open(core::Config config, bool create_database,
                                               const Clock& clock) {
  std::unique_ptr<Gateway> gateway(new Gateway());
  gateway->clock_ = &clock;
  gateway->config_ = std::make_unique<const core::Config>(std::move(config));
  const core::Config& cfg = *gateway->config_;

  storage::OpenOptions open;
  open.create = create_database;
  Result<std::unique_ptr<storage::Database>> db =
      storage::Database::Open(cfg.storage.sqlite_path, open);
  if (!db.ok() && db.status().code() == StatusCode::kNotFound) {
    return NotFoundError(db.status().message() +
                         "; create it by adding documents: mizan corpus add --db " +
                         cfg.storage.sqlite_path + " FILE...");
  }
  MIZAN_ASSIGN_OR_RETURN(gateway->db_, std::move(db));
  gateway->retriever_ = std::make_unique<corpus::Retriever>(
      *gateway->db_, gateway->analyzer_,
      corpus::Bm25Params{cfg.retrieval.bm25_k1, cfg.retrieval.bm25_b});
  MIZAN_RETURN_IF_ERROR(gateway->retriever_->Refresh().WithContext("loading the corpus"));

  backends::ResponderOptions responder_options;
  responder_options.min_coverage = cfg.retrieval.min_coverage;
  responder_options.min_matched_terms = cfg.retrieval.min_matched_terms;
  responder_options.max_passages = std::min<size_t>(3, static_cast<size_t>(cfg.retrieval.top_k));
  gateway->responder_ =
      std::make_unique<backends::ExtractiveResponder>(gateway->analyzer_, responder_options);
  gateway->ledger_ = std::make_unique<audit::Ledger>(*gateway->db_);
  gateway->recorder_ = std::make_unique<audit::LedgerRecorder>(*gateway->ledger_, clock);

  // The explicit stage list (STYLE.md 3.3): adding a check means adding a line here.
  std::vector<std::unique_ptr<core::Stage>> stages;
  stages.push_back(std::make_unique<policy::IdentifyStage>(cfg.keys));
  stages.push_back(std::make_unique<policy::UseCaseStage>(cfg));
  stages.push_back(std::make_unique<text::LanguageStage>());
  stages.push_back(std::make_unique<privacy::PrivacyStage>());
  // More candidates than top_k so the responder can prefer the asker's language.
  size_t candidates = std::max<size_t>(20, static_cast<size_t>(cfg.retrieval.top_k));
  stages.push_back(std::make_unique<corpus::RetrieveStage>(*gateway->retriever_, candidates));
  stages.push_back(std::make_unique<backends::GenerateStage>(cfg, *gateway->responder_));
  stages.push_back(std::make_unique<privacy::OutputCheckStage>());
  gateway->chain_ = std::make_unique<core::Chain>(std::move(stages));
  return gateway;
}

Result<core::RequestContext> Gateway::Handle(core::ChatRequest request) {
  core::RequestContext ctx;
  ctx.request_id = RandomId("req_");
  ctx.receipt_id = RandomId("rcpt_");
  ctx.received_at_ms = clock_->NowMillis();
  ctx.request = std::move(request);
  chain_->Run(ctx);
  if (ctx.decision.code == StatusCode::kUnauthenticated) {
    // Nothing ran for a caller without a valid key, and recording every such attempt would
    // let anyone grow the ledger; they are counted in /metrics instead.
    ctx.receipt_id.clear();
    return ctx;
  }
  Status recorded = recorder_->Record(ctx);
  if (!recorded.ok()) {
    MIZAN_LOG_ERROR("audit.record_failed", {"request", ctx.request_id},
                    {"code", StatusCodeName(recorded.code())});
    return UnavailableError(
        "the request was not served because its flow record could not be "
        "written to the audit ledger: " +
        recorded.message());
  }
  MIZAN_LOG_DEBUG("request.done", {"request", ctx.request_id},
                  {"verdict", core::VerdictName(ctx.decision.verdict)},
                  {"rule", ctx.decision.rule_id}, {"citations", ctx.answer.citations.size()});
  return ctx;
}

}  // namespace mizan::app
