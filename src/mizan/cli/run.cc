// Mizan — governance gateway for language models.

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"

namespace mizan::cli {

int Run(int argc, char** argv) {
  CLI::App app{"Mizan: a sovereign, ethical governance gateway for language models.", "mizan"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "mizan 0.1.0");
  int exit_code = kExitOk;
  RegisterServe(app, &exit_code);
  RegisterAsk(app, &exit_code);
  RegisterCorpus(app, &exit_code);
  RegisterAudit(app, &exit_code);
  RegisterEval(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version arrive as "errors" with exit code 0; CLI11 prints the help of
    // the subcommand that was named.
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::string first = argc > 1 ? argv[1] : "";
    const std::vector<std::string> commands = {"serve", "ask", "corpus", "audit", "eval"};
    if (!first.empty() && first[0] != '-' &&
        std::find(commands.begin(), commands.end(), first) == commands.end()) {
      std::cerr << "mizan: unknown command '" << first
                << "' (commands: serve, ask, corpus, audit, eval; run 'mizan --help')\n";
      return kExitBadInput;
    }
    std::cerr << "mizan: " << e.what() << " (run 'mizan --help' for usage)\n";
    return kExitBadInput;
  }
  return exit_code;
}

}  // namespace mizan::cli
