// Mizan — governance gateway for language models.
//
// Metrics: the counters `GET /metrics` exposes in the Prometheus text format. Per-request
// outcomes are counted here rather than logged (STYLE.md 3.7). Labels carry only bounded,
// non-personal values: verdicts, rule ids, residencies, HTTP status codes, stage names.
// Thread-safe.

#ifndef MIZAN_SERVER_METRICS_H_
#define MIZAN_SERVER_METRICS_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "mizan/core/request_context.h"

namespace mizan::server {

class Metrics {
 public:
  // Counts one request that went through the chain.
  void CountRequest(const core::RequestContext& ctx);
  void CountResponse(int http_status);
  // Prometheus text exposition (version 0.0.4). `passages` is the searchable corpus size.
  std::string Render(size_t passages) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, int64_t> requests_by_verdict_;    // Guarded by mutex_.
  std::map<std::string, int64_t> refusals_by_rule_;       // Guarded by mutex_.
  std::map<std::string, int64_t> served_by_residency_;    // Guarded by mutex_.
  std::map<std::string, int64_t> pseudonymised_by_type_;  // Guarded by mutex_.
  std::map<std::string, double> stage_seconds_;           // Guarded by mutex_.
  std::map<int, int64_t> responses_by_status_;            // Guarded by mutex_.
  int64_t ungrounded_answers_ = 0;                        // Guarded by mutex_.
};

}  // namespace mizan::server

#endif  // MIZAN_SERVER_METRICS_H_
