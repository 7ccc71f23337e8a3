// Mizan — governance gateway for language models.

#include "bench/measure.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <malloc.h>
#include <numeric>
#include <stdlib.h>
#include <string>

namespace mizan::bench {
namespace {

constexpr double kKibPerMib = 1024.0;

// A "VmRSS:   1234 kB" line of /proc/self/status, in MiB; -1 when absent.
double StatusMib(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with(field + ":")) {
      return std::stod(line.substr(field.size() + 1)) / kKibPerMib;
    }
  }
  return -1;
}

// Hands freed heap pages back to the kernel, so that resident size reflects live data rather
// than what an earlier phase freed.
double TrimmedRssMib() {
  malloc_trim(0);
  return StatusMib("VmRSS");
}

// Restarts VmHWM at the current resident size (Linux 4.0+); false where that is refused.
bool ResetPeakRss() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  clear_refs << "5";
  clear_refs.flush();
  return clear_refs.good();
}

double NearestRank(const std::vector<double>& sorted, double fraction) {
  size_t rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
  return sorted[std::max<size_t>(rank, 1) - 1];
}

}  // namespace

Result<TempDir> TempDir::Create() {
  std::string pattern = (std::filesystem::temp_directory_path() / "mizan-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return UnavailableError("cannot create a temporary folder from " + pattern);
  }
  return TempDir(pattern);
}

TempDir::TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }

TempDir::~TempDir() {
  if (!path_.empty()) {
    std::error_code ignored;  // Nothing useful to do about a leftover in /tmp.
    std::filesystem::remove_all(path_, ignored);
  }
}

MemoryProbe::MemoryProbe() : start_mib_(TrimmedRssMib()), peak_reset_(ResetPeakRss()) {}

MemoryUse MemoryProbe::Read() const {
  MemoryUse use;
  if (peak_reset_) {
    use.peak_mib = StatusMib("VmHWM") - start_mib_;
  }
  use.kept_mib = TrimmedRssMib() - start_mib_;
  return use;
}

double DirectoryMib(const std::filesystem::path& folder) {
  uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      bytes += entry.file_size();
    }
  }
  return static_cast<double>(bytes) / (kKibPerMib * kKibPerMib);
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

LatencySummary Summarize(std::vector<double> samples_us) {
  std::sort(samples_us.begin(), samples_us.end());
  LatencySummary summary;
  summary.mean_us = std::accumulate(samples_us.begin(), samples_us.end(), 0.0) /
                    static_cast<double>(samples_us.size());
  summary.p50_us = NearestRank(samples_us, 0.50);
  summary.p99_us = NearestRank(samples_us, 0.99);
  return summary;
}

double Median(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return NearestRank(samples, 0.50);
}

}  // namespace mizan::bench
