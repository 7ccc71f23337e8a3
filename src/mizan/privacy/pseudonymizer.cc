// Mizan — governance gateway for language models.

#include "mizan/privacy/pseudonymizer.h"

#include "mizan/core/pseudonym_token.h"
#include "mizan/privacy/recognizers.h"

namespace mizan::privacy {

std::string Pseudonymizer::Apply(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const Finding& finding : Recognize(text)) {
    std::string key = finding.type + ":" + finding.normalized;
    auto it = token_by_value_.find(key);
    if (it == token_by_value_.end()) {
      int number = ++counts_[finding.type];
      std::string token = core::MakePseudonymToken(finding.type, number);
      originals_[token] = std::string(text.substr(finding.begin, finding.end - finding.begin));
      it = token_by_value_.emplace(key, token).first;
    }
    out.append(text.substr(copied, finding.begin - copied));
    out.append(it->second);
    copied = finding.end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace mizan::privacy
