// Mizan — governance gateway for language models.

#include "mizan/audit/ledger.h"

#include "mizan/base/hash.h"

namespace mizan::audit {
namespace {

const std::string kGenesisHash(64, '0');

}  // namespace

std::string Ledger::ComputeHash(int64_t seq, const std::string& prev_hash,
                                const std::string& recorded_at, const std::string& receipt_id,
                                const std::string& record) {
  Sha256Hasher hasher;
  hasher.Update("mizan.flow.v1\n");
  hasher.Update(std::to_string(seq));
  hasher.Update("\n");
  hasher.Update(prev_hash);
  hasher.Update("\n");
  hasher.Update(recorded_at);
  hasher.Update("\n");
  hasher.Update(receipt_id);
  hasher.Update("\n");
  hasher.Update(record);
  return hasher.FinishHex();
}

Result<LedgerEntry> Ledger::Append(const std::string& receipt_id, const std::string& recorded_at,
                                   const std::string& canonical_record) {
  std::lock_guard<std::mutex> lock(db_.mutex());
  MIZAN_ASSIGN_OR_RETURN(auto transaction, storage::Transaction::Begin(db_));
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement last,
      db_.Prepare("SELECT seq, hash FROM flow_records ORDER BY seq DESC LIMIT 1"));
  MIZAN_ASSIGN_OR_RETURN(bool has_last, last.Step());
  LedgerEntry entry;
  entry.seq = has_last ? last.ColumnInt(0) + 1 : 1;
  entry.prev_hash = has_last ? last.ColumnText(1) : kGenesisHash;
  entry.receipt_id = receipt_id;
  entry.recorded_at = recorded_at;
  entry.record = canonical_record;
  entry.hash = ComputeHash(entry.seq, entry.prev_hash, recorded_at, receipt_id, canonical_record);
  MIZAN_ASSIGN_OR_RETURN(
      storage::Statement insert,
      db_.Prepare("INSERT INTO flow_records (seq, receipt_id, recorded_at, record, prev_hash, "
                  "hash) VALUES (?, ?, ?, ?, ?, ?)"));
  insert.Bind(1, entry.seq).Bind(2, receipt_id).Bind(3, recorded_at).Bind(4, canonical_record);
  MIZAN_RETURN_IF_ERROR(insert.Bind(5, entry.prev_hash).Bind(6, entry.hash).Run());
  MIZAN_RETURN_IF_ERROR(transaction->Commit());
  return entry;
}

Result<VerifyReport> Ledger::Verify() {
  std::lock_guard<std::mutex> lock(db_.mutex());
  MIZAN_ASSIGN_OR_RETURN(storage::Statement rows,
                         db_.Prepare("SELECT seq, receipt_id, recorded_at, record, prev_hash, "
                                     "hash FROM flow_records ORDER BY seq"));
  VerifyReport report;
  std::string previous_hash = kGenesisHash;
  int64_t expected_seq = 1;
  auto fail = [&](int64_t seq, std::string problem, std::string detail) {
    report.intact = false;
    report.bad_seq = seq;
    report.problem = std::move(problem);
    report.detail = std::move(detail);
    return report;
  };
  while (true) {
    MIZAN_ASSIGN_OR_RETURN(bool has_row, rows.Step());
    if (!has_row) {
      break;
    }
    int64_t seq = rows.ColumnInt(0);
    ++report.records;
    std::string seq_text = std::to_string(seq);
    if (seq != expected_seq) {
      return fail(expected_seq, "missing",
                  "record " + std::to_string(expected_seq) + " is missing (the next record is " +
                      seq_text + ")");
    }
    if (rows.ColumnText(4) != previous_hash) {
      return fail(seq, "reordered",
                  "record " + seq_text + " does not link to record " + std::to_string(seq - 1) +
                      " (records were reordered or inserted, or the previous one was rewritten)");
    }
    std::string hash = ComputeHash(seq, rows.ColumnText(4), rows.ColumnText(2), rows.ColumnText(1),
                                   rows.ColumnText(3));
    if (hash != rows.ColumnText(5)) {
      return fail(seq, "edited",
                  "record " + seq_text + " was edited (its content no longer matches its hash)");
    }
    previous_hash = hash;
    ++expected_seq;
  }
  report.head_hash = previous_hash;
  return report;
}

Result<LedgerEntry> Ledger::Find(const std::string& receipt_id) {
  std::lock_guard<std::mutex> lock(db_.mutex());
  MIZAN_ASSIGN_OR_RETURN(storage::Statement row,
                         db_.Prepare("SELECT seq, receipt_id, recorded_at, record, prev_hash, "
                                     "hash FROM flow_records WHERE receipt_id = ?"));
  row.Bind(1, receipt_id);
  MIZAN_ASSIGN_OR_RETURN(bool found, row.Step());
  if (!found) {
    return NotFoundError("no flow record with receipt id '" + receipt_id + "'");
  }
  return LedgerEntry{row.ColumnInt(0),  row.ColumnText(1), row.ColumnText(2),
                     row.ColumnText(3), row.ColumnText(4), row.ColumnText(5)};
}

}  // namespace mizan::audit
