// Mizan — governance gateway for language models.
//
// Gateway: the composition root. From a validated Config it opens the store, builds the
// stages in their fixed order (DESIGN.md "The request path") and the audit recorder, and
// runs requests through them. `mizan serve` and `mizan ask` both go through Handle, so a
// question asked on the command line is governed exactly as one sent over HTTP.
//
// The chain, in order: identify, use_case, language, privacy, retrieve, generate,
// check_output; then every request from an identified caller, whatever its decision, is
// recorded in the ledger. A request whose flow record cannot be written is not answered.
// Requests without a valid key are refused before anything runs and are not recorded.
//
// Thread-safety: Handle may run from many threads at once.

#ifndef MIZAN_APP_GATEWAY_H_
#define MIZAN_APP_GATEWAY_H_

#include <memory>
#include <string>
#include <vector>

#include "mizan/audit/flow_record.h"
#include "mizan/audit/ledger.h"
#include "mizan/backends/extractive_responder.h"
#include "mizan/base/clock.h"
#include "mizan/core/chain.h"
#include "mizan/core/config.h"
#include "mizan/corpus/retriever.h"
#include "mizan/storage/database.h"
#include "mizan/text/analyzer.h"

namespace mizan::app {

class Gateway {
 public:
  // Opens the database at config.storage.sqlite_path (migrated if needed; created only when
  // `create_database`, so a mistyped path is reported instead of serving an empty corpus)
  // and loads the corpus index.
  static Result<std::unique_ptr<Gateway>> Open(core::Config config, bool create_database = true,
                                               const Clock& clock = SystemClock::Get());

  // Runs the chain and records the flow. The returned context holds the decision and, when
  // the request was served, the answer. An error means the flow record could not be
  // written: the caller must not present the request as served.
  Result<core::RequestContext> Handle(core::ChatRequest request);

  const core::Config& config() const { return *config_; }
  storage::Database& database() { return *db_; }
  corpus::Retriever& retriever() { return *retriever_; }
  audit::Ledger& ledger() { return *ledger_; }
  std::vector<std::string> StageNames() const { return chain_->StageNames(); }

 private:
  Gateway() = default;

  const Clock* clock_ = nullptr;
  std::unique_ptr<const core::Config> config_;
  std::unique_ptr<storage::Database> db_;
  text::Analyzer analyzer_;
  std::unique_ptr<corpus::Retriever> retriever_;
  std::unique_ptr<backends::ExtractiveResponder> responder_;
  std::unique_ptr<audit::Ledger> ledger_;
  std::unique_ptr<audit::LedgerRecorder> recorder_;
  std::unique_ptr<core::Chain> chain_;
};

}  // namespace mizan::app

#endif  // MIZAN_APP_GATEWAY_H_
