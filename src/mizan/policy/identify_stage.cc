// Mizan — governance gateway for language models.

#include "mizan/policy/identify_stage.h"

#include <openssl/crypto.h>

#include "mizan/base/hash.h"

namespace mizan::policy {

Result<core::Decision> IdentifyStage::Process(core::RequestContext& ctx) const {
  if (keys_.empty()) {
    ctx.principal = {"anonymous", "app"};
    ctx.request.api_key.reset();
    return core::Decision::Continue();
  }
  if (!ctx.request.api_key || ctx.request.api_key->empty()) {
    return core::Decision::Refuse(StatusCode::kUnauthenticated, "mizan.identify.missing_key",
                                  "no API key: send one as 'Authorization: Bearer <key>'");
  }
  std::string hash = Sha256Hex(*ctx.request.api_key);
  ctx.request.api_key.reset();  // The secret is not needed past this point.
  for (const core::KeyConfig& key : keys_) {
    if (key.sha256.size() == hash.size() &&
        CRYPTO_memcmp(key.sha256.data(), hash.data(), hash.size()) == 0) {
      ctx.principal = {key.name, key.role};
      return core::Decision::Continue();
    }
  }
  return core::Decision::Refuse(StatusCode::kUnauthenticated, "mizan.identify.unknown_key",
                                "the API key is not recognised");
}

}  // namespace mizan::policy
