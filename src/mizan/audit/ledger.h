// Mizan — governance gateway for language models.
//
// Ledger: the tamper-evident record of information flows, one flow record per request
// (DESIGN.md step 10). This is the first cut: a hash chain in the flow_records table; signed
// Merkle checkpoints, inclusion proofs and export come with the full ledger work.
//
// Record layout. Each row holds
//   seq         1, 2, 3, ... with no gaps;
//   receipt_id  the id given to the caller, unique;
//   recorded_at RFC 3339 UTC time of the append;
//   record      the flow record as canonical JSON: keys sorted, no insignificant
//               whitespace, UTF-8 unescaped, integers only (see flow_record.h);
//   prev_hash   the `hash` of record seq-1, or 64 zeros for seq 1;
//   hash        SHA-256 (hex) of "mizan.flow.v1\n" + seq + "\n" + prev_hash + "\n" +
//               recorded_at + "\n" + receipt_id + "\n" + record.
//
// Verification walks the rows in seq order and checks, for each, that seq is the next
// number (a gap means records were deleted), that prev_hash equals the previous row's hash
// (otherwise rows were reordered, inserted or the previous row was rewritten with a fresh
// hash), and that hash recomputes from the row's own fields (otherwise the row was edited).
// It reports the first bad seq. What a bare chain cannot show: removal of the newest records
// (truncation) and a consistent rewrite of the whole tail; the signed checkpoints of the
// full ledger close both.
//
// Durability: Append commits before it returns, and the database runs with WAL and
// synchronous=FULL, so a receipt handed to a caller survives a process kill.
//
// Thread-safety: Append, Verify and Find take the database's mutex; several processes may
// append to one file (BEGIN IMMEDIATE serialises them and keeps the chain linear).

#ifndef MIZAN_AUDIT_LEDGER_H_
#define MIZAN_AUDIT_LEDGER_H_

#include <cstdint>
#include <optional>
#include <string>

#include "mizan/base/result.h"
#include "mizan/storage/database.h"

namespace mizan::audit {

struct LedgerEntry {
  int64_t seq = 0;
  std::string receipt_id;
  std::string recorded_at;
  std::string record;  // Canonical JSON.
  std::string prev_hash;
  std::string hash;
};

struct VerifyReport {
  bool intact = true;
  int64_t records = 0;             // Rows checked.
  std::optional<int64_t> bad_seq;  // First bad record.
  std::string problem;             // "edited", "missing", "reordered"; empty when intact.
  std::string detail;              // A sentence for the auditor.
  std::string head_hash;           // Hash of the last record (when intact).
};

class Ledger {
 public:
  explicit Ledger(storage::Database& db) : db_(db) {}

  // Appends one record and returns its entry once committed.
  Result<LedgerEntry> Append(const std::string& receipt_id, const std::string& recorded_at,
                             const std::string& canonical_record);

  Result<VerifyReport> Verify();

  // kNotFound when no record has this receipt id.
  Result<LedgerEntry> Find(const std::string& receipt_id);

  static std::string ComputeHash(int64_t seq, const std::string& prev_hash,
                                 const std::string& recorded_at, const std::string& receipt_id,
                                 const std::string& record);

 private:
  storage::Database& db_;
};

}  // namespace mizan::audit

#endif  // MIZAN_AUDIT_LEDGER_H_
