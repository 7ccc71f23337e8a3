// Mizan — governance gateway for language models.
//
// Structured logging: one line per event, `event=<name>` followed by key=value fields
// (logfmt), written to standard error through spdlog. The API takes an event name and typed
// fields, never a free-form message, so that nothing a user typed can slip into a log line
// by accident: callers log identifiers, counts, sizes, codes and timings, never request text,
// answers or detected personal data (STYLE.md 3.7). Thread-safe.

#ifndef MIZAN_BASE_LOG_H_
#define MIZAN_BASE_LOG_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace mizan::log {

enum class Level { kTrace = 0, kDebug, kInfo, kWarn, kError, kOff };

// One key=value pair. Values are rendered as given; strings with spaces or quotes are quoted.
struct Field {
  Field(std::string_view k, std::string_view v) : key(k), value(v) {}
  Field(std::string_view k, const std::string& v) : key(k), value(v) {}
  Field(std::string_view k, const char* v) : key(k), value(v) {}
  Field(std::string_view k, bool v) : key(k), value(v ? "true" : "false") {}
  Field(std::string_view k, int v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, long v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, long long v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, unsigned v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, unsigned long v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, unsigned long long v) : key(k), value(std::to_string(v)) {}
  Field(std::string_view k, double v);

  std::string_view key;
  std::string value;
};

// Sets the lowest level written; the default is kInfo. "trace", "debug", "info", "warn",
// "error", "off" are accepted by ParseLevel; anything else returns false.
void SetLevel(Level level);
bool ParseLevel(std::string_view name, Level* level);
bool Enabled(Level level);

void Write(Level level, std::string_view event, std::initializer_list<Field> fields);

// Renders one line without the timestamp; exposed for tests.
std::string Format(Level level, std::string_view event, std::initializer_list<Field> fields);

}  // namespace mizan::log

#define MIZAN_LOG(level, event, ...)                    \
  do {                                                  \
    if (::mizan::log::Enabled(level)) {                 \
      ::mizan::log::Write(level, event, {__VA_ARGS__}); \
    }                                                   \
  } while (false)
#define MIZAN_LOG_DEBUG(event, ...) MIZAN_LOG(::mizan::log::Level::kDebug, event, __VA_ARGS__)
#define MIZAN_LOG_INFO(event, ...) MIZAN_LOG(::mizan::log::Level::kInfo, event, __VA_ARGS__)
#define MIZAN_LOG_WARN(event, ...) MIZAN_LOG(::mizan::log::Level::kWarn, event, __VA_ARGS__)
#define MIZAN_LOG_ERROR(event, ...) MIZAN_LOG(::mizan::log::Level::kError, event, __VA_ARGS__)

#endif  // MIZAN_BASE_LOG_H_
