// Mizan — governance gateway for language models.
//
// IdentifyStage (DESIGN.md step 1): turns the caller's API key into a principal. Keys are
// configured by name, role and SHA-256 hash only; the key sent with the request is hashed and
// compared in constant time, then dropped from the context. Missing or unknown key: refused
// with kUnauthenticated (HTTP 401) and nothing else runs.
//
// With no keys configured the stage admits every caller as "anonymous"; `mizan serve`
// allows that only on a loopback address (see server/http_server.cc). Stored, revocable keys
// with per-key use cases come with the identities work.
//
// Thread-safe.

#ifndef MIZAN_POLICY_IDENTIFY_STAGE_H_
#define MIZAN_POLICY_IDENTIFY_STAGE_H_

#include <vector>

#include "mizan/core/config.h"
#include "mizan/core/stage.h"

namespace mizan::policy {

class IdentifyStage : public core::Stage {
 public:
  explicit IdentifyStage(std::vector<core::KeyConfig> keys) : keys_(std::move(keys)) {}

  // core::Stage
  std::string_view name() const override { return "identify"; }
  Result<core::Decision> Process(core::RequestContext& ctx) const override;

 private:
  std::vector<core::KeyConfig> keys_;
};

}  // namespace mizan::policy

#endif  // MIZAN_POLICY_IDENTIFY_STAGE_H_
