// Mizan — governance gateway for language models.
//
// Decision: what a stage concluded about a request. kContinue lets the chain go on; kRefuse
// stops it with the rule that refused and a reason a person can act on; kHold stops it with
// the answer kept for human review. A refusal carries a StatusCode so the HTTP layer maps it to
// one status in one place (401 for identity, 403 for policy, 400 for a malformed declaration).
// Reasons never contain personal data.

#ifndef MIZAN_CORE_DECISION_H_
#define MIZAN_CORE_DECISION_H_

#include <string>
#include <string_view>

#include "mizan/base/status.h"

namespace mizan::core {

enum class Verdict { kContinue, kRefuse, kHold };

std::string_view VerdictName(Verdict verdict);  // "continue", "refuse", "hold"

struct Decision {
  Verdict verdict = Verdict::kContinue;
  StatusCode code = StatusCode::kOk;  // Set for kRefuse.
  std::string rule_id;                // e.g. "mizan.usecase.unknown"; empty for kContinue.
  std::string reason;                 // English, for the caller and the operator.

  static Decision Continue() { return Decision{}; }
  static Decision Refuse(StatusCode code, std::string rule_id, std::string reason) {
    return Decision{Verdict::kRefuse, code, std::move(rule_id), std::move(reason)};
  }
  static Decision Hold(std::string rule_id, std::string reason) {
    return Decision{Verdict::kHold, StatusCode::kOk, std::move(rule_id), std::move(reason)};
  }

  bool proceeds() const { return verdict == Verdict::kContinue; }
};

}  // namespace mizan::core

#endif  // MIZAN_CORE_DECISION_H_
