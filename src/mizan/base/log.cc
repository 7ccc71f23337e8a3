// Mizan — governance gateway for language models.

#include "mizan/base/log.h"

#include <atomic>
#include <cstdio>
#include <memory>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace mizan::log {
namespace {

std::atomic<Level> g_level{Level::kInfo};

std::shared_ptr<spdlog::logger> Logger() {
  // Function-local static: created on first use, after spdlog's own statics.
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    auto created = std::make_shared<spdlog::logger>("mizan", sink);
    created->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %v", spdlog::pattern_time_type::utc);
    created->set_level(spdlog::level::trace);
    return created;
  }();
  return logger;
}

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kTrace:
      return "trace";
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
    case Level::kOff:
      return "off";
  }
  return "info";
}

void AppendValue(std::string& out, std::string_view value) {
  bool needs_quotes = value.empty();
  for (char c : value) {
    if (c == ' ' || c == '"' || c == '=' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
      needs_quotes = true;
      break;
    }
  }
  if (!needs_quotes) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out.append("\\x");
      static constexpr char kHex[] = "0123456789abcdef";
      out.push_back(kHex[(c >> 4) & 0xf]);
      out.push_back(kHex[c & 0xf]);
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

}  // namespace

Field::Field(std::string_view k, double v) : key(k) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.6g", v);
  value = buffer;
}

void SetLevel(Level level) { g_level.store(level); }

bool ParseLevel(std::string_view name, Level* level) {
  for (Level candidate :
       {Level::kTrace, Level::kDebug, Level::kInfo, Level::kWarn, Level::kError, Level::kOff}) {
    if (name == LevelName(candidate)) {
      *level = candidate;
      return true;
    }
  }
  return false;
}

bool Enabled(Level level) { return level != Level::kOff && level >= g_level.load(); }

std::string Format(Level level, std::string_view event, std::initializer_list<Field> fields) {
  std::string line = "level=";
  line.append(LevelName(level));
  line.append(" event=");
  AppendValue(line, event);
  for (const Field& field : fields) {
    line.push_back(' ');
    line.append(field.key);
    line.push_back('=');
    AppendValue(line, field.value);
  }
  return line;
}

void Write(Level level, std::string_view event, std::initializer_list<Field> fields) {
  if (!Enabled(level)) {
    return;
  }
  Logger()->info("{}", Format(level, event, fields));
}

}  // namespace mizan::log
