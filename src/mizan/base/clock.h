// Mizan — governance gateway for language models.
//
// Time behind an interface (LevelDB's Env idea) so tests can fix it. SystemClock is the real
// one; implementations must be thread-safe.

#ifndef MIZAN_BASE_CLOCK_H_
#define MIZAN_BASE_CLOCK_H_

#include <cstdint>
#include <string>

namespace mizan {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since the Unix epoch, UTC.
  virtual int64_t NowMillis() const = 0;
};

class SystemClock : public Clock {
 public:
  int64_t NowMillis() const override;
  // The process-wide instance.
  static const SystemClock& Get();
};

// "2026-12-03T16:40:00.123Z".
std::string FormatRfc3339Millis(int64_t unix_millis);

}  // namespace mizan

#endif  // MIZAN_BASE_CLOCK_H_
