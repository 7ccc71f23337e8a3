// Mizan — governance gateway for language models.
//
// The `mizan` executable: everything lives in mizan/cli.

#include "mizan/cli/commands.h"

int main(int argc, char** argv) { return mizan::cli::Run(argc, argv); }
