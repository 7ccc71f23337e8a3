// Mizan — governance gateway for language models.

#include "mizan/cli/common.h"

#include <iostream>

#include "mizan/base/log.h"

namespace mizan::cli {

void AddCommonOptions(CLI::App& command, CommonOptions& options, bool with_json) {
  command.add_option("--config", options.config_path, "Configuration file (YAML)");
  command.add_option("--db", options.db_path, "SQLite database (overrides storage.sqlite_path)");
  command.add_option("--log-level", options.log_level,
                     "trace, debug, info, warn, error or off (overrides log_level)");
  if (with_json) {
    command.add_flag("--json", options.json, "Print machine-readable JSON");
  }
}

Result<core::Config> LoadConfig(const CommonOptions& options, bool long_running) {
  core::Config config = core::DefaultConfig();
  if (!options.config_path.empty()) {
    MIZAN_ASSIGN_OR_RETURN(config, core::LoadConfigFile(options.config_path));
  }
  if (!options.db_path.empty()) {
    config.storage.sqlite_path = options.db_path;
  }
  if (!options.log_level.empty()) {
    config.log_level = options.log_level;
  } else if (!long_running) {
    config.log_level = "warn";  // A command's output is its answer, not lifecycle events.
  }
  log::Level level = log::Level::kInfo;
  if (!log::ParseLevel(config.log_level, &level)) {
    return InvalidArgumentError("--log-level: unknown level '" + config.log_level +
                                "' (expected trace, debug, info, warn, error or off)");
  }
  log::SetLevel(level);
  return config;
}

int ReportError(const Status& status) {
  std::string message = status.message();
  for (char& c : message) {
    if (c == '\n') {
      c = ' ';  // One line, always.
    }
  }
  std::cerr << "mizan: " << message << "\n";
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kNotFound:
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
    case StatusCode::kPermissionDenied:
    case StatusCode::kUnauthenticated:
    case StatusCode::kResourceExhausted:
      return kExitBadInput;
    default:
      return kExitFailure;
  }
}

}  // namespace mizan::cli
