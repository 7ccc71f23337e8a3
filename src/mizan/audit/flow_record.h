// Mizan — governance gateway for language models.
//
// The flow record: what the ledger keeps about one request. It says who asked (the key's
// name, never the key), for which use case, in which language, which categories of personal
// data were pseudonymised or masked and how many, which backend answered with its residency,
// which sources were cited (document, version, locator, passage hash), the decision with
// its rule, and the time each stage took. It never holds the question, the answer or any
// personal value: an auditor reads flows, not content.
//
// LedgerRecorder is the core::FlowRecorder that appends these records.
//
// Thread-safety: BuildFlowRecord is pure; LedgerRecorder is as thread-safe as Ledger.

#ifndef MIZAN_AUDIT_FLOW_RECORD_H_
#define MIZAN_AUDIT_FLOW_RECORD_H_

#include <string>

#include "mizan/audit/ledger.h"
#include "mizan/base/clock.h"
#include "mizan/core/request_context.h"
#include "mizan/core/stage.h"

namespace mizan::audit {

inline constexpr const char* kFlowRecordSchema = "mizan.flow/1";

// Canonical JSON of the flow record (see ledger.h for the canonical form).
std::string BuildFlowRecord(const core::RequestContext& ctx, int64_t now_ms);

class LedgerRecorder : public core::FlowRecorder {
 public:
  LedgerRecorder(Ledger& ledger, const Clock& clock) : ledger_(ledger), clock_(clock) {}

  // core::FlowRecorder
  Status Record(const core::RequestContext& ctx) override;

 private:
  Ledger& ledger_;
  const Clock& clock_;
};

}  // namespace mizan::audit

#endif  // MIZAN_AUDIT_FLOW_RECORD_H_
