// Mizan — governance gateway for language models.

#include "mizan/core/config.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

namespace mizan::core {
namespace {

// Walks YAML nodes keeping the dotted key path, so every error names file, line and key.
class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}

  Status Error(const YAML::Node& node, const std::string& path, const std::string& reason) const {
    int line = node.IsDefined() ? node.Mark().line + 1 : 0;
    std::string where = source_;
    if (line > 0) {
      where += ":" + std::to_string(line);
    }
    return InvalidArgumentError(where + ": " + (path.empty() ? "(top level)" : path) + ": " +
                                reason);
  }

  Status ExpectMap(const YAML::Node& node, const std::string& path,
                   const std::set<std::string>& allowed) const {
    if (!node.IsMap()) {
      return Error(node, path, "must be a mapping");
    }
    std::set<std::string> seen;
    for (const auto& entry : node) {
      std::string key = entry.first.Scalar();
      if (!seen.insert(key).second) {
        // yaml-cpp keeps the first of two equal keys; a silent choice hides a mistake.
        return Error(entry.first, Join(path, key), "appears twice");
      }
      if (!allowed.contains(key)) {
        std::string expected;
        for (const auto& name : allowed) {
          expected += (expected.empty() ? "" : ", ") + name;
        }
        return Error(entry.first, Join(path, key),
                     "unknown key (expected one of: " + expected + ")");
      }
    }
    return Status::Ok();
  }

  Status ReadString(const YAML::Node& parent, const std::string& path, const char* key,
                    std::string* out, bool required = false) const {
    YAML::Node node = parent[key];
    if (!node.IsDefined() || node.IsNull()) {
      return required ? Error(parent, Join(path, key), "is required") : Status::Ok();
    }
    if (!node.IsScalar()) {
      return Error(node, Join(path, key), "must be a string");
    }
    *out = node.Scalar();
    if (required && out->empty()) {
      return Error(node, Join(path, key), "must not be empty");
    }
    return Status::Ok();
  }

  template <typename Number>
  Status ReadNumber(const YAML::Node& parent, const std::string& path, const char* key, Number* out,
                    Number min, Number max) const {
    YAML::Node node = parent[key];
    if (!node.IsDefined() || node.IsNull()) {
      return Status::Ok();
    }
    Number value{};
    if (!node.IsScalar() || !YAML::convert<Number>::decode(node, value) ||
        !std::isfinite(static_cast<double>(value))) {
      return Error(node, Join(path, key), "must be a number");
    }
    if (value < min || value > max) {
      std::ostringstream range;
      range << "must be between " << min << " and " << max;
      return Error(node, Join(path, key), range.str());
    }
    *out = value;
    return Status::Ok();
  }

  Status ReadStringList(const YAML::Node& parent, const std::string& path, const char* key,
                        std::vector<std::string>* out) const {
    YAML::Node node = parent[key];
    if (!node.IsDefined() || node.IsNull()) {
      return Status::Ok();
    }
    if (!node.IsSequence()) {
      return Error(node, Join(path, key), "must be a list of strings");
    }
    for (const auto& item : node) {
      if (!item.IsScalar()) {
        return Error(item, Join(path, key), "must be a list of strings");
      }
      out->push_back(item.Scalar());
    }
    return Status::Ok();
  }

  static std::string Join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

 private:
  std::string source_;
};

Status CheckOneOf(const Reader& reader, const YAML::Node& node, const std::string& path,
                  const std::string& value, std::initializer_list<const char*> allowed) {
  std::string expected;
  for (const char* candidate : allowed) {
    if (value == candidate) {
      return Status::Ok();
    }
    expected += std::string(expected.empty() ? "" : ", ") + candidate;
  }
  return reader.Error(node, path, "must be one of: " + expected);
}

Status ParseServer(const Reader& r, const YAML::Node& node, ServerConfig* out) {
  const std::string path = "server";
  MIZAN_RETURN_IF_ERROR(
      r.ExpectMap(node, path, {"host", "port", "threads", "max_body_bytes", "max_messages"}));
  MIZAN_RETURN_IF_ERROR(r.ReadString(node, path, "host", &out->host));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "port", &out->port, 0, 65535));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "threads", &out->threads, 1, 1024));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber<size_t>(node, path, "max_body_bytes", &out->max_body_bytes,
                                             1024, size_t{1} << 30));
  return r.ReadNumber(node, path, "max_messages", &out->max_messages, 1, 10000);
}

Status ParseRetrieval(const Reader& r, const YAML::Node& node, RetrievalConfig* out) {
  const std::string path = "retrieval";
  MIZAN_RETURN_IF_ERROR(
      r.ExpectMap(node, path, {"top_k", "bm25_k1", "bm25_b", "min_coverage", "min_matched_terms"}));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "top_k", &out->top_k, 1, 50));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "bm25_k1", &out->bm25_k1, 0.0, 10.0));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "bm25_b", &out->bm25_b, 0.0, 1.0));
  MIZAN_RETURN_IF_ERROR(r.ReadNumber(node, path, "min_coverage", &out->min_coverage, 0.0, 1.0));
  return r.ReadNumber(node, path, "min_matched_terms", &out->min_matched_terms, 1, 20);
}

Status ParseBackends(const Reader& r, const YAML::Node& node, std::vector<BackendConfig>* out) {
  if (!node.IsSequence() || node.size() == 0) {
    return r.Error(node, "backends", "must be a non-empty list");
  }
  std::set<std::string> names;
  for (size_t i = 0; i < node.size(); ++i) {
    const YAML::Node item = node[i];
    const std::string path = "backends[" + std::to_string(i) + "]";
    MIZAN_RETURN_IF_ERROR(
        r.ExpectMap(item, path, {"name", "kind", "residency", "provider", "country"}));
    BackendConfig backend;
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "name", &backend.name, true));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "kind", &backend.kind));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "residency", &backend.residency));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "provider", &backend.provider));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "country", &backend.country));
    MIZAN_RETURN_IF_ERROR(
        CheckOneOf(r, item["kind"], path + ".kind", backend.kind, {"extractive"}));
    MIZAN_RETURN_IF_ERROR(CheckOneOf(r, item["residency"], path + ".residency", backend.residency,
                                     {"local", "national", "foreign"}));
    if (!names.insert(backend.name).second) {
      return r.Error(item["name"], path + ".name", "duplicate backend name");
    }
    out->push_back(std::move(backend));
  }
  return Status::Ok();
}

Status ParseTitle(const Reader& r, const YAML::Node& node, const std::string& path,
                  std::map<std::string, std::string>* out) {
  if (!node.IsDefined() || node.IsNull()) {
    return Status::Ok();
  }
  if (node.IsScalar()) {
    (*out)["und"] = node.Scalar();
    return Status::Ok();
  }
  if (!node.IsMap()) {
    return r.Error(node, path, "must be a string or a mapping of language tag to title");
  }
  for (const auto& entry : node) {
    if (!entry.second.IsScalar()) {
      return r.Error(entry.second, path + "." + entry.first.Scalar(), "must be a string");
    }
    (*out)[entry.first.Scalar()] = entry.second.Scalar();
  }
  return Status::Ok();
}

Status ParseUseCases(const Reader& r, const YAML::Node& node, std::vector<UseCaseConfig>* out) {
  if (!node.IsSequence()) {
    return r.Error(node, "use_cases", "must be a list");
  }
  std::set<std::string> ids;
  for (size_t i = 0; i < node.size(); ++i) {
    const YAML::Node item = node[i];
    const std::string path = "use_cases[" + std::to_string(i) + "]";
    MIZAN_RETURN_IF_ERROR(
        r.ExpectMap(item, path, {"id", "title", "purpose", "sector", "backends"}));
    UseCaseConfig use_case;
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "id", &use_case.id, true));
    MIZAN_RETURN_IF_ERROR(ParseTitle(r, item["title"], path + ".title", &use_case.title));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "purpose", &use_case.purpose));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "sector", &use_case.sector));
    MIZAN_RETURN_IF_ERROR(
        CheckOneOf(r, item["sector"], path + ".sector", use_case.sector,
                   {"administration", "education", "health", "finance", "other"}));
    MIZAN_RETURN_IF_ERROR(r.ReadStringList(item, path, "backends", &use_case.backends));
    if (!ids.insert(use_case.id).second) {
      return r.Error(item["id"], path + ".id", "duplicate use case id");
    }
    out->push_back(std::move(use_case));
  }
  return Status::Ok();
}

bool IsLowerHex(const std::string& text, size_t length) {
  return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Status ParseKeys(const Reader& r, const YAML::Node& node, std::vector<KeyConfig>* out) {
  if (!node.IsSequence()) {
    return r.Error(node, "keys", "must be a list");
  }
  std::set<std::string> names;
  std::set<std::string> hashes;
  for (size_t i = 0; i < node.size(); ++i) {
    const YAML::Node item = node[i];
    const std::string path = "keys[" + std::to_string(i) + "]";
    MIZAN_RETURN_IF_ERROR(r.ExpectMap(item, path, {"name", "role", "sha256"}));
    KeyConfig key;
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "name", &key.name, true));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "role", &key.role, true));
    MIZAN_RETURN_IF_ERROR(r.ReadString(item, path, "sha256", &key.sha256, true));
    MIZAN_RETURN_IF_ERROR(CheckOneOf(r, item["role"], path + ".role", key.role,
                                     {"app", "developer", "reviewer", "auditor", "admin"}));
    if (!IsLowerHex(key.sha256, 64)) {
      return r.Error(item["sha256"], path + ".sha256",
                     "must be the 64-character lower-case hex SHA-256 of the key "
                     "(keys themselves never go in the config file)");
    }
    if (!names.insert(key.name).second) {
      return r.Error(item["name"], path + ".name", "duplicate key name");
    }
    if (!hashes.insert(key.sha256).second) {
      return r.Error(item["sha256"], path + ".sha256",
                     "the same key is listed twice; one key has one name and one role");
    }
    out->push_back(std::move(key));
  }
  return Status::Ok();
}

// The node at `key` of `parent`, or `parent` itself when that key is absent, so an error
// still points at a line.
YAML::Node NodeOr(const YAML::Node& parent, const char* key) {
  YAML::Node child = parent.IsMap() ? parent[key] : YAML::Node();
  return child.IsDefined() ? child : parent;
}

// Cross-field checks that no single key can express.
Status Validate(const Reader& r, const YAML::Node& root, Config& config) {
  YAML::Node use_cases = NodeOr(root, "use_cases");
  for (size_t i = 0; i < config.use_cases.size(); ++i) {
    for (const auto& backend : config.use_cases[i].backends) {
      if (config.FindBackend(backend) == nullptr) {
        YAML::Node at = use_cases.IsSequence() && i < use_cases.size()
                            ? NodeOr(use_cases[i], "backends")
                            : use_cases;
        return r.Error(at, "use_cases[" + std::to_string(i) + "].backends",
                       "names unknown backend '" + backend + "'");
      }
    }
  }
  if (!config.default_use_case.empty() && config.FindUseCase(config.default_use_case) == nullptr) {
    return r.Error(NodeOr(root, "default_use_case"), "default_use_case",
                   "names unknown use case '" + config.default_use_case + "'");
  }
  if (config.storage.sqlite_path.empty()) {
    return r.Error(NodeOr(NodeOr(root, "storage"), "sqlite_path"), "storage.sqlite_path",
                   "must not be empty (SQLite would keep the ledger in a temporary file)");
  }
  return Status::Ok();
}

std::string ResolvePath(const std::string& path, std::string_view source_name) {
  std::filesystem::path candidate(path);
  if (candidate.is_absolute() || source_name.empty() || source_name.front() == '<') {
    return path;
  }
  return (std::filesystem::path(source_name).parent_path() / candidate).string();
}

}  // namespace

const UseCaseConfig* Config::FindUseCase(std::string_view id) const {
  for (const auto& use_case : use_cases) {
    if (use_case.id == id) {
      return &use_case;
    }
  }
  return nullptr;
}

const BackendConfig* Config::FindBackend(std::string_view name) const {
  for (const auto& backend : backends) {
    if (backend.name == name) {
      return &backend;
    }
  }
  return nullptr;
}

Config DefaultConfig() {
  Config config;
  config.backends.push_back(
      BackendConfig{"mizan-extractive", "extractive", "local", "Mizan", "MA"});
  UseCaseConfig use_case;
  use_case.id = "public-information";
  use_case.title = {{"fr", "Information du public sur les services et les textes officiels"},
                    {"ar", "إخبار العموم بالخدمات والنصوص الرسمية"},
                    {"en", "Public information on services and official texts"}};
  use_case.purpose =
      "Answer questions about public services and official texts from the "
      "governed corpus, with citations.";
  use_case.sector = "administration";
  // No list: every configured backend, so redefining `backends` alone stays valid.
  config.use_cases.push_back(use_case);
  config.default_use_case = "public-information";
  return config;
}

Result<Config> ParseConfig(std::string_view yaml_text, std::string_view source_name) {
  Reader r{std::string(source_name)};
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(e.mark.line + 1) +
                                ": invalid YAML: " + e.msg);
  }
  Config config = DefaultConfig();
  config.source = std::string(source_name);
  try {
    if (root.IsNull()) {
      root = YAML::Node(YAML::NodeType::Map);  // An empty file means all defaults.
    }
    MIZAN_RETURN_IF_ERROR(r.ExpectMap(root, "",
                                      {"log_level", "server", "storage", "retrieval", "backends",
                                       "use_cases", "default_use_case", "keys"}));
    MIZAN_RETURN_IF_ERROR(r.ReadString(root, "", "log_level", &config.log_level));
    MIZAN_RETURN_IF_ERROR(CheckOneOf(r, root["log_level"], "log_level", config.log_level,
                                     {"trace", "debug", "info", "warn", "error", "off"}));
    if (root["server"].IsDefined()) {
      MIZAN_RETURN_IF_ERROR(ParseServer(r, root["server"], &config.server));
    }
    if (root["storage"].IsDefined()) {
      MIZAN_RETURN_IF_ERROR(r.ExpectMap(root["storage"], "storage", {"sqlite_path"}));
      MIZAN_RETURN_IF_ERROR(
          r.ReadString(root["storage"], "storage", "sqlite_path", &config.storage.sqlite_path));
    }
    if (root["retrieval"].IsDefined()) {
      MIZAN_RETURN_IF_ERROR(ParseRetrieval(r, root["retrieval"], &config.retrieval));
    }
    if (root["backends"].IsDefined()) {
      config.backends.clear();
      MIZAN_RETURN_IF_ERROR(ParseBackends(r, root["backends"], &config.backends));
    }
    if (root["use_cases"].IsDefined()) {
      config.use_cases.clear();
      config.default_use_case.clear();
      MIZAN_RETURN_IF_ERROR(ParseUseCases(r, root["use_cases"], &config.use_cases));
    }
    MIZAN_RETURN_IF_ERROR(r.ReadString(root, "", "default_use_case", &config.default_use_case));
    if (root["keys"].IsDefined()) {
      MIZAN_RETURN_IF_ERROR(ParseKeys(r, root["keys"], &config.keys));
    }
    MIZAN_RETURN_IF_ERROR(Validate(r, root, config));
  } catch (const YAML::Exception& e) {
    // yaml-cpp throws on shape mismatches the checks above did not anticipate.
    return InvalidArgumentError(std::string(source_name) + ":" + std::to_string(e.mark.line + 1) +
                                ": " + e.msg);
  }
  config.storage.sqlite_path = ResolvePath(config.storage.sqlite_path, source_name);
  return config;
}

Result<Config> LoadConfigFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return NotFoundError(path + ": configuration file not found");
  }
  if (!std::filesystem::is_regular_file(path, error)) {
    return InvalidArgumentError(path + ": not a regular file (a folder, device or pipe?)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return InvalidArgumentError(path + ": cannot read configuration file: " + std::strerror(errno));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseConfig(buffer.str(), path);
}

}  // namespace mizan::core
