// Mizan — governance gateway for language models.
//
// Test support: runs a program (the built `mizan` binary) and captures its exit code, standard
// output and standard error, for tests of the command-line contract.

#ifndef MIZAN_TESTS_SUPPORT_SUBPROCESS_H_
#define MIZAN_TESTS_SUPPORT_SUBPROCESS_H_

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace mizan::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs `args` (args[0] is the program path) with stdin from /dev/null. `scratch` is a folder
// for the captured streams.
inline ProcessResult RunProcess(const std::vector<std::string>& args,
                                const std::filesystem::path& scratch) {
  static int counter = 0;
  std::string base = (scratch / ("proc-" + std::to_string(++counter))).string();
  std::string out_path = base + ".out";
  std::string err_path = base + ".err";
  pid_t pid = fork();
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    std::vector<char*> argv;
    for (const std::string& arg : args) {
      argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  ProcessResult result;
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadWholeFile(out_path);
  result.err = ReadWholeFile(err_path);
  return result;
}

}  // namespace mizan::testing

#endif  // MIZAN_TESTS_SUPPORT_SUBPROCESS_H_
