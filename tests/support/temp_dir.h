// Mizan — governance gateway for language models.
//
// Test support: a fresh temporary folder per test, removed afterwards, and the location of
// the real data sets (../shared/data) that tests read without copying.

#ifndef MIZAN_TESTS_SUPPORT_TEMP_DIR_H_
#define MIZAN_TESTS_SUPPORT_TEMP_DIR_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <gtest/gtest.h>

namespace mizan::testing {

class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name =
        info != nullptr ? std::string(info->test_suite_name()) + "." + info->name() : "suite";
    path_ = std::filesystem::temp_directory_path() /
            ("mizan-test-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    if (std::getenv("MIZAN_KEEP_TEST_DIRS") == nullptr) {
      std::filesystem::remove_all(path_);
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

  // Writes `contents` to `name` inside the folder and returns the full path.
  std::string Write(const std::string& name, const std::string& contents) const {
    std::string full = File(name);
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream out(full, std::ios::binary);
    out << contents;
    return full;
  }

 private:
  std::filesystem::path path_;
};

// The folder of real data sets: $MIZAN_DATA_DIR, else ../shared/data beside the source tree.
// Empty when neither exists.
inline std::string DataDir() {
  if (const char* env = std::getenv("MIZAN_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  if (const char* source = std::getenv("MIZAN_SOURCE_DIR"); source != nullptr) {
    std::filesystem::path candidate = std::filesystem::path(source) / ".." / "shared" / "data";
    if (std::filesystem::is_directory(candidate)) {
      return std::filesystem::canonical(candidate).string();
    }
  }
  return {};
}

// The repository root, from the MIZAN_SOURCE_DIR the test runner sets.
inline std::string SourceDir() {
  const char* source = std::getenv("MIZAN_SOURCE_DIR");
  return source != nullptr ? source : ".";
}

}  // namespace mizan::testing

// Tests that need the real data fail (not skip) when it is missing, unless the run says the
// data is deliberately absent, so a CI machine without ../shared/data cannot pass silently.
#define MIZAN_REQUIRE_DATA_DIR(var)                                                  \
  std::string var = ::mizan::testing::DataDir();                                     \
  if (var.empty()) {                                                                 \
    if (std::getenv("MIZAN_ALLOW_MISSING_DATA") != nullptr) {                        \
      GTEST_SKIP() << "real data not found and MIZAN_ALLOW_MISSING_DATA is set";     \
    }                                                                                \
    FAIL() << "real data sets not found: set MIZAN_DATA_DIR to the folder holding "  \
              "governed-corpus-ma-law/, qa-arcd-ar/, ... (normally ../shared/data)"; \
  }

#endif  // MIZAN_TESTS_SUPPORT_TEMP_DIR_H_
