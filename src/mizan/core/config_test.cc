// Mizan — governance gateway for language models.

#include "mizan/core/config.h"

#include <cstdlib>

#include <gtest/gtest.h>

namespace mizan::core {
namespace {

std::string ErrorOf(std::string_view yaml) {
  Result<Config> config = ParseConfig(yaml, "/etc/mizan/mizan.yaml");
  return config.ok() ? "" : config.status().message();
}

TEST(ConfigTest, EmptyFileGivesDefaults) {
  Result<Config> config = ParseConfig("", "/etc/mizan/mizan.yaml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->server.port, 8080);
  EXPECT_EQ(config->default_use_case, "public-information");
  EXPECT_EQ(config->storage.sqlite_path, "/etc/mizan/mizan.db");
  ASSERT_NE(config->FindBackend("mizan-extractive"), nullptr);
}

TEST(ConfigTest, ReadsEverySection) {
  Result<Config> config = ParseConfig(R"(
log_level: debug
server: {host: 0.0.0.0, port: 9000, threads: 4, max_body_bytes: 4096, max_messages: 8}
storage: {sqlite_path: /var/lib/mizan/m.db}
retrieval: {top_k: 3, bm25_k1: 1.5, bm25_b: 0.5, min_coverage: 0.4}
backends:
  - {name: local-a, kind: extractive, residency: national, country: MA}
use_cases:
  - id: school-help
    title: {fr: Aide scolaire, ar: مساعدة مدرسية}
    sector: education
    backends: [local-a]
default_use_case: school-help
keys:
  - name: app-1
    role: app
    sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
)",
                                      "m.yaml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->server.max_body_bytes, 4096u);
  EXPECT_EQ(config->retrieval.top_k, 3);
  EXPECT_DOUBLE_EQ(config->retrieval.min_coverage, 0.4);
  EXPECT_EQ(config->backends.at(0).residency, "national");
  EXPECT_EQ(config->use_cases.at(0).title.at("ar"), "مساعدة مدرسية");
  EXPECT_EQ(config->keys.at(0).role, "app");
  EXPECT_EQ(config->storage.sqlite_path, "/var/lib/mizan/m.db");
}

TEST(ConfigTest, UnknownKeyNamesFileLineAndKey) {
  EXPECT_EQ(ErrorOf("server:\n  host: 127.0.0.1\n  prot: 80\n"),
            "/etc/mizan/mizan.yaml:3: server.prot: unknown key (expected one of: host, "
            "max_body_bytes, max_messages, port, threads)");
}

TEST(ConfigTest, WrongTypesAndRangesAreRefused) {
  EXPECT_EQ(ErrorOf("server:\n  port: eighty\n"),
            "/etc/mizan/mizan.yaml:2: server.port: must be a number");
  EXPECT_EQ(ErrorOf("server:\n  port: 70000\n"),
            "/etc/mizan/mizan.yaml:2: server.port: must be between 0 and 65535");
  EXPECT_EQ(ErrorOf("retrieval: [1, 2]\n"),
            "/etc/mizan/mizan.yaml:1: retrieval: must be a mapping");
}

TEST(ConfigTest, MalformedYamlNamesTheLine) {
  std::string error = ErrorOf("server:\n  host: [unclosed\n");
  EXPECT_EQ(error.rfind("/etc/mizan/mizan.yaml:", 0), 0u) << error;
  EXPECT_NE(error.find("invalid YAML"), std::string::npos) << error;
}

TEST(ConfigTest, CrossReferencesAreChecked) {
  EXPECT_EQ(ErrorOf("use_cases:\n  - id: a\n    backends: [nope]\n"),
            "/etc/mizan/mizan.yaml:3: use_cases[0].backends: names unknown backend 'nope'");
  EXPECT_EQ(ErrorOf("default_use_case: missing\n"),
            "/etc/mizan/mizan.yaml:1: default_use_case: names unknown use case 'missing'");
}

TEST(ConfigTest, KeysMustBeHashesNotSecrets) {
  std::string error = ErrorOf("keys:\n  - {name: a, role: app, sha256: my-secret-key}\n");
  EXPECT_NE(error.find("keys[0].sha256: must be the 64-character"), std::string::npos) << error;
}

TEST(ConfigTest, EnumeratedValuesAreChecked) {
  EXPECT_EQ(ErrorOf("backends:\n  - {name: x, residency: abroad}\n"),
            "/etc/mizan/mizan.yaml:2: backends[0].residency: must be one of: local, national, "
            "foreign");
}

TEST(ConfigTest, DuplicatesNaNsAndEmptyPathsAreRefused) {
  EXPECT_EQ(ErrorOf("server:\n  port: 80\n  port: 81\n"),
            "/etc/mizan/mizan.yaml:3: server.port: appears twice");
  EXPECT_EQ(ErrorOf("retrieval:\n  bm25_b: .nan\n"),
            "/etc/mizan/mizan.yaml:2: retrieval.bm25_b: must be a number");
  std::string hash(64, 'a');
  std::string error = ErrorOf("keys:\n  - {name: a, role: app, sha256: " + hash +
                              "}\n  - {name: b, role: admin, sha256: " + hash + "}\n");
  EXPECT_NE(error.find("keys[1].sha256: the same key is listed twice"), std::string::npos) << error;
  EXPECT_NE(ErrorOf("storage:\n  sqlite_path: \"\"\n")
                .find("storage.sqlite_path: must not be "
                      "empty"),
            std::string::npos);
}

TEST(ConfigTest, RedefiningBackendsAloneKeepsTheDefaultUseCaseValid) {
  Result<Config> config =
      ParseConfig("backends:\n  - {name: other, kind: extractive, residency: local}\n", "m.yaml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->FindUseCase("public-information")->backends.size(), 0u);
}

TEST(ConfigTest, AFolderIsNotAConfigFile) {
  Result<Config> config = LoadConfigFile("/tmp");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.status().message().find("not a regular file"), std::string::npos);
}

TEST(ConfigTest, ShippedExampleIsValid) {
  const char* source = std::getenv("MIZAN_SOURCE_DIR");
  ASSERT_NE(source, nullptr);
  Result<Config> config = LoadConfigFile(std::string(source) + "/config/mizan.example.yaml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->retrieval.min_matched_terms, 3);
  EXPECT_EQ(config->use_cases.at(0).title.at("ar"), "إخبار العموم بالخدمات والنصوص الرسمية");
}

TEST(ConfigTest, MissingFileIsNotFound) {
  Result<Config> config = LoadConfigFile("/nonexistent/mizan.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace mizan::core
