// Mizan — governance gateway for language models.
//
// The `mizan` command: each Register* function adds one subcommand to the CLI11 app and
// sets `*exit_code` when it runs. Run() parses the arguments and dispatches.

#ifndef MIZAN_CLI_COMMANDS_H_
#define MIZAN_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace mizan::cli {

void RegisterServe(CLI::App& app, int* exit_code);
void RegisterAsk(CLI::App& app, int* exit_code);
void RegisterCorpus(CLI::App& app, int* exit_code);
void RegisterAudit(CLI::App& app, int* exit_code);
void RegisterEval(CLI::App& app, int* exit_code);

// Entry point of the `mizan` executable.
int Run(int argc, char** argv);

}  // namespace mizan::cli

#endif  // MIZAN_CLI_COMMANDS_H_
