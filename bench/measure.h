// Mizan — governance gateway for language models.
//
// Measuring helpers for the benchmarks: a scratch folder that removes itself, resident memory
// of the process around one phase, on-disk size, and latency percentiles. Memory figures come
// from /proc/self/status, so they are Linux-only and cover the whole process: measure one
// phase at a time.
//
// Thread-safety: none needed; the benchmarks run on one thread.

#ifndef MIZAN_BENCH_MEASURE_H_
#define MIZAN_BENCH_MEASURE_H_

#include <chrono>
#include <filesystem>
#include <vector>

#include "mizan/base/result.h"

namespace mizan::bench {

// A fresh folder under the system temporary folder, removed with everything in it on
// destruction.
class TempDir {
 public:
  static Result<TempDir> Create();
  TempDir(TempDir&& other) noexcept;
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit TempDir(std::filesystem::path path) : path_(std::move(path)) {}

  std::filesystem::path path_;  // Empty once moved from.
};

struct MemoryUse {
  double peak_mib = -1;  // Highest resident size during the phase, above its start; -1: unknown.
  double kept_mib = 0;   // Resident size after the phase, above its start.
};

// Resident memory over one phase: construct before it, call Read() after it.
class MemoryProbe {
 public:
  MemoryProbe();
  MemoryUse Read() const;

 private:
  double start_mib_;
  bool peak_reset_;  // Whether the kernel let us restart the high-water mark.
};

// Total size of the regular files under `folder`.
double DirectoryMib(const std::filesystem::path& folder);

double SecondsSince(std::chrono::steady_clock::time_point start);

struct LatencySummary {
  double mean_us = 0;
  double p50_us = 0;
  double p99_us = 0;
};

// Nearest-rank percentiles. REQUIRES: `samples_us` is not empty.
LatencySummary Summarize(std::vector<double> samples_us);

// The median of a few samples. REQUIRES: `samples` is not empty.
double Median(std::vector<double> samples);

}  // namespace mizan::bench

#endif  // MIZAN_BENCH_MEASURE_H_
