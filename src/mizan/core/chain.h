// Mizan — governance gateway for language models.
//
// Chain: the ordered list of stages a request runs through. Run() calls each stage in turn
// until one stops the request, and fails closed: a stage that returns an error or throws
// turns into a refusal naming the stage (rule "mizan.stage_failed"), never into a pass.
// The chain is immutable once built and safe to Run from many threads at once.

#ifndef MIZAN_CORE_CHAIN_H_
#define MIZAN_CORE_CHAIN_H_

#include <memory>
#include <string>
#include <vector>

#include "mizan/base/clock.h"
#include "mizan/core/stage.h"

namespace mizan::core {

class Chain {
 public:
  explicit Chain(std::vector<std::unique_ptr<Stage>> stages);

  // Runs the stages; sets ctx.decision and appends one StageTrace per stage that ran.
  // Returns the final decision (kContinue when every stage passed).
  Decision Run(RequestContext& ctx) const;

  std::vector<std::string> StageNames() const;

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace mizan::core

#endif  // MIZAN_CORE_CHAIN_H_
