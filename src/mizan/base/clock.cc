// Mizan — governance gateway for language models.

#include "mizan/base/clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace mizan {

int64_t SystemClock::NowMillis() const {
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  using std::chrono::system_clock;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

const SystemClock& SystemClock::Get() {
  static const SystemClock clock;
  return clock;
}

std::string FormatRfc3339Millis(int64_t unix_millis) {
  std::time_t seconds = static_cast<std::time_t>(unix_millis / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[96];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(unix_millis % 1000));
  return buffer;
}

}  // namespace mizan
