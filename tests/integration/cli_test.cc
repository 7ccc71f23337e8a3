// Mizan — governance gateway for language models.
//
// The command-line contract of the real `mizan` binary: --help everywhere, JSON output,
// one-line reasons and non-zero exits on bad input, nothing half-written.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace mizan {
namespace {

using nlohmann::json;
using testing::ProcessResult;

class CliTest : public ::testing::Test {
 protected:
  ProcessResult Mizan(std::vector<std::string> args) {
    args.insert(args.begin(), MIZAN_BINARY);
    return testing::RunProcess(args, dir_.path());
  }
  std::string Db() const { return dir_.File("cli.db"); }

  // One line on stderr, starting "mizan: ".
  static void ExpectOneLineReason(const ProcessResult& result, const std::string& needle) {
    EXPECT_EQ(result.err.rfind("mizan: ", 0), 0u) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find(needle), std::string::npos) << result.err;
  }

  ProcessResult AddSample() {
    dir_.Write("docs/cnie.md",
               "---\ntitle: Carte nationale\nlang: fr\nsource_url: https://www.cnie.ma\n"
               "licence: CC-BY-4.0\nsteward: Mizan\n---\n# Renouvellement\nLa carte nationale "
               "d'identité électronique se renouvelle auprès de la police.\n");
    return Mizan({"corpus", "add", "--db", Db(), dir_.File("docs/cnie.md")});
  }

  testing::TempDir dir_;
};

TEST_F(CliTest, EveryCommandHasHelp) {
  for (std::vector<std::string> command : {std::vector<std::string>{"--help"},
                                           {"serve", "--help"},
                                           {"ask", "--help"},
                                           {"corpus", "add", "--help"},
                                           {"corpus", "list", "--help"},
                                           {"audit", "verify", "--help"},
                                           {"eval", "retrieval", "--help"}}) {
    ProcessResult result = Mizan(command);
    EXPECT_EQ(result.exit_code, 0) << command.front();
    EXPECT_NE(result.out.find("Usage"), std::string::npos) << command.front() << result.out;
  }
}

TEST_F(CliTest, AskPrintsTheJsonContract) {
  ASSERT_EQ(AddSample().exit_code, 0);
  ProcessResult result =
      Mizan({"ask", "--json", "--db", Db(), "Où renouveler la carte nationale d'identité ?"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json answer = json::parse(result.out);
  EXPECT_FALSE(answer["answer"].get<std::string>().empty());
  EXPECT_EQ(answer["language"], "fr");
  EXPECT_EQ(answer["receipt_id"].get<std::string>().rfind("rcpt_", 0), 0u);
  ASSERT_EQ(answer["citations"].size(), 1u);
  const json& citation = answer["citations"][0];
  for (const char* field :
       {"document_id", "version", "title", "locator", "source_url", "sha256", "quote"}) {
    EXPECT_TRUE(citation.contains(field)) << field;
  }
  EXPECT_EQ(citation["document_id"], "cnie");
  EXPECT_EQ(citation["source_url"], "https://www.cnie.ma");
  EXPECT_EQ(citation["locator"], "Renouvellement");
}

TEST_F(CliTest, BadInputGetsOneLineAndNonZeroExit) {
  ProcessResult no_files = Mizan({"corpus", "add", "--db", Db()});
  EXPECT_EQ(no_files.exit_code, 2);
  ProcessResult empty = Mizan({"ask", "--db", Db(), "   "});
  EXPECT_EQ(empty.exit_code, 2);
  ExpectOneLineReason(empty, "the question is empty");
  ProcessResult no_db = Mizan({"ask", "--db", Db(), "question"});
  EXPECT_EQ(no_db.exit_code, 2);
  ExpectOneLineReason(no_db, "database file not found; create it by adding documents");
  ProcessResult unknown_command = Mizan({"frobnicate"});
  EXPECT_EQ(unknown_command.exit_code, 2);
  ExpectOneLineReason(unknown_command, "unknown command 'frobnicate'");

  ASSERT_EQ(AddSample().exit_code, 0);
  ProcessResult unknown_use_case = Mizan({"ask", "--db", Db(), "--use-case", "scoring", "x y"});
  EXPECT_EQ(unknown_use_case.exit_code, 2);
  ExpectOneLineReason(unknown_use_case, "mizan.usecase.unknown");

  dir_.Write("bad.yaml", "server:\n  port: 80\n  colour: blue\n");
  ProcessResult bad_config = Mizan({"ask", "--config", dir_.File("bad.yaml"), "question"});
  EXPECT_EQ(bad_config.exit_code, 2);
  ExpectOneLineReason(bad_config, "bad.yaml:3: server.colour: unknown key");

  ProcessResult missing_db = Mizan({"corpus", "list", "--db", dir_.File("absent.db")});
  EXPECT_EQ(missing_db.exit_code, 2);
  ExpectOneLineReason(missing_db, "database file not found");

  ProcessResult no_data = Mizan({"eval", "retrieval", "--data", dir_.File("nowhere")});
  EXPECT_EQ(no_data.exit_code, 2);
  ExpectOneLineReason(no_data, "is not a folder");
}

TEST_F(CliTest, FailedBatchWritesNothing) {
  dir_.Write("good.txt", "Un texte officiel.");
  dir_.Write("secret.docx", "binary");
  ProcessResult result =
      Mizan({"corpus", "add", "--db", Db(), "--source-url", "https://x.ma", "--licence",
             "CC-BY-4.0", "--steward", "S", dir_.File("good.txt"), dir_.File("secret.docx")});
  EXPECT_EQ(result.exit_code, 2);
  ExpectOneLineReason(result, "nothing was added");
  ProcessResult list = Mizan({"corpus", "list", "--json", "--db", Db()});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_TRUE(json::parse(list.out)["documents"].empty());
}

TEST_F(CliTest, CorpusCommandsReportVersions) {
  ASSERT_EQ(AddSample().exit_code, 0);
  ProcessResult again = AddSample();
  EXPECT_NE(again.out.find("unchanged  cnie v1"), std::string::npos) << again.out;
  ProcessResult show = Mizan({"corpus", "show", "--json", "--db", Db(), "cnie"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  json doc = json::parse(show.out);
  EXPECT_EQ(doc["current_version"], 1);
  EXPECT_EQ(doc["versions"][0]["steward"], "Mizan");
  ProcessResult stats = Mizan({"corpus", "stats", "--json", "--db", Db()});
  EXPECT_EQ(json::parse(stats.out)["searchable_passages"], 1);
  ProcessResult removed = Mizan({"corpus", "remove", "--db", Db(), "cnie"});
  EXPECT_EQ(removed.exit_code, 0);
  ProcessResult unknown = Mizan({"corpus", "show", "--db", Db(), "nope"});
  EXPECT_EQ(unknown.exit_code, 2);
  ExpectOneLineReason(unknown, "no document with id 'nope'");
}

TEST_F(CliTest, AuditVerifyJson) {
  ASSERT_EQ(AddSample().exit_code, 0);
  ASSERT_EQ(Mizan({"ask", "--db", Db(), "carte nationale"}).exit_code, 0);
  ProcessResult verify = Mizan({"audit", "verify", "--json", "--db", Db()});
  ASSERT_EQ(verify.exit_code, 0) << verify.err;
  json report = json::parse(verify.out);
  EXPECT_TRUE(report["intact"].get<bool>());
  EXPECT_EQ(report["records"], 1);
}

}  // namespace
}  // namespace mizan
