// Mizan — governance gateway for language models.
//
// Shared pieces of the `mizan` command: the options every subcommand takes (--config, --db,
// --json, --log-level), loading the configuration with them applied, and the exit-code
// convention:
//   0  success;
//   1  the command ran but the outcome is a failure (e.g. the ledger does not verify, the
//      database is unavailable);
//   2  bad input (usage, unreadable or invalid files, unknown ids, refused requests).
// Errors are printed as one line, "mizan: <reason>", on standard error.

#ifndef MIZAN_CLI_COMMON_H_
#define MIZAN_CLI_COMMON_H_

#include <string>

#include <CLI/CLI.hpp>

#include "mizan/base/result.h"
#include "mizan/core/config.h"

namespace mizan::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

struct CommonOptions {
  std::string config_path;  // Empty: built-in defaults.
  std::string db_path;      // Overrides storage.sqlite_path.
  bool json = false;
  std::string log_level;  // Overrides log_level.
};

// Adds --config, --db and --json to a subcommand.
void AddCommonOptions(CLI::App& command, CommonOptions& options, bool with_json = true);

// Loads the configuration file (or defaults) and applies the command-line overrides. One-shot
// commands log warnings and errors only, unless --log-level says otherwise; `serve` follows the
// configuration's log_level.
Result<core::Config> LoadConfig(const CommonOptions& options, bool long_running = false);

// Prints "mizan: <message>" and returns the exit code for the status.
int ReportError(const Status& status);

}  // namespace mizan::cli

#endif  // MIZAN_CLI_COMMON_H_
