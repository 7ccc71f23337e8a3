// Mizan — governance gateway for language models.
//
// Stage: one step of the request chain. Stages are plug-ins behind this interface; the chain
// knows nothing about any of them. A stage is built once from immutable configuration and
// then called concurrently from many request threads, so Process must be thread-safe and keep
// per-request state in the RequestContext only.
//
// Contract for Process:
//   - return Decision::Continue() to let the chain go on;
//   - return a kRefuse or kHold Decision to stop it deliberately (a rule fired);
//   - return a non-ok Status when the stage could not do its job (database down, bug). The
//     chain then refuses the request: a stage error never lets a request through.

#ifndef MIZAN_CORE_STAGE_H_
#define MIZAN_CORE_STAGE_H_

#include <string_view>

#include "mizan/base/result.h"
#include "mizan/core/decision.h"
#include "mizan/core/request_context.h"

namespace mizan::core {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Result<Decision> Process(RequestContext& ctx) const = 0;
};

// Receives every request once the chain has finished, whatever its decision: the audit
// ledger implements it. Returning an error means the request must not be acknowledged.
class FlowRecorder {
 public:
  virtual ~FlowRecorder() = default;
  virtual Status Record(const RequestContext& ctx) = 0;
};

}  // namespace mizan::core

#endif  // MIZAN_CORE_STAGE_H_
