// Mizan — governance gateway for language models.
//
// `mizan audit verify`: walks the flow ledger's hash chain (see audit/ledger.h).

#include <iostream>

#include <nlohmann/json.hpp>

#include "mizan/audit/ledger.h"
#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"
#include "mizan/storage/database.h"

namespace mizan::cli {
namespace {

int Verify(const CommonOptions& common) {
  Result<core::Config> config = LoadConfig(common);
  if (!config.ok()) {
    return ReportError(config.status());
  }
  storage::OpenOptions open;
  open.create = false;
  open.read_only = true;  // An auditor may only hold a read-only copy.
  Result<std::unique_ptr<storage::Database>> db =
      storage::Database::Open(config->storage.sqlite_path, open);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  Result<audit::VerifyReport> report = audit::Ledger(**db).Verify();
  if (!report.ok()) {
    return ReportError(report.status());
  }
  if (common.json) {
    nlohmann::json out = {{"intact", report->intact}, {"records", report->records}};
    if (report->intact) {
      out["head_hash"] = report->head_hash;
    } else {
      out["bad_seq"] = *report->bad_seq;
      out["problem"] = report->problem;
      out["detail"] = report->detail;
    }
    std::cout << out.dump(2) << "\n";
  } else if (report->intact) {
    std::cout << "ledger intact: " << report->records << " record(s), head " << report->head_hash
              << "\n";
  }
  if (!report->intact) {
    std::cerr << "mizan: ledger verification failed at record " << *report->bad_seq << " ("
              << report->problem << "): " << report->detail << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterAudit(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<CommonOptions>();
  CLI::App* audit = app.add_subcommand("audit", "Verify the flow ledger");
  audit->require_subcommand(1);
  CLI::App* verify = audit->add_subcommand(
      "verify", "Walk the hash chain; exit 1 naming the first bad record if it is broken");
  AddCommonOptions(*verify, *options);
  verify->callback([options, exit_code] { *exit_code = Verify(*options); });
}

}  // namespace mizan::cli
