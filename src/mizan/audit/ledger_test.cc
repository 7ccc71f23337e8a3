// Mizan — governance gateway for language models.

#include "mizan/audit/ledger.h"

#include <filesystem>
#include <unistd.h>

#include <gtest/gtest.h>

namespace mizan::audit {
namespace {

class LedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("mizan_ledger_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    Cleanup();
    db_ = std::move(storage::Database::Open(path_.string())).value();
    ledger_ = std::make_unique<Ledger>(*db_);
    for (int i = 1; i <= 5; ++i) {
      ASSERT_TRUE(ledger_
                      ->Append("rcpt_" + std::to_string(i),
                               "2026-12-03T10:00:0" + std::to_string(i) + ".000Z",
                               R"({"n":)" + std::to_string(i) + "}")
                      .ok());
    }
  }
  void TearDown() override {
    ledger_.reset();
    db_.reset();
    Cleanup();
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  void Exec(const std::string& sql) { ASSERT_TRUE(db_->Execute(sql).ok()) << sql; }

  std::filesystem::path path_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<Ledger> ledger_;
};

TEST_F(LedgerTest, AppendedChainVerifies) {
  auto report = ledger_->Verify();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->intact);
  EXPECT_EQ(report->records, 5);
  auto entry = ledger_->Find("rcpt_3");
  ASSERT_TRUE(entry.ok());
  EXPECT_EQ(entry->seq, 3);
  EXPECT_EQ(entry->record, R"({"n":3})");
  EXPECT_EQ(report->head_hash, ledger_->Find("rcpt_5")->hash);
}

TEST_F(LedgerTest, EditedRecordIsNamed) {
  Exec(R"(UPDATE flow_records SET record = '{"n":33}' WHERE seq = 3)");
  auto report = ledger_->Verify();
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->intact);
  EXPECT_EQ(report->bad_seq, 3);
  EXPECT_EQ(report->problem, "edited");
}

TEST_F(LedgerTest, EditedTimestampIsAlsoAnEdit) {
  Exec("UPDATE flow_records SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE seq = 2");
  auto report = ledger_->Verify();
  EXPECT_EQ(report->bad_seq, 2);
  EXPECT_EQ(report->problem, "edited");
}

TEST_F(LedgerTest, RewrittenRecordWithFreshHashBreaksTheNextLink) {
  std::string forged = Ledger::ComputeHash(3, ledger_->Find("rcpt_2")->hash,
                                           "2026-12-03T10:00:03.000Z", "rcpt_3", R"({"n":0})");
  Exec(R"(UPDATE flow_records SET record = '{"n":0}', hash = ')" + forged + "' WHERE seq = 3");
  auto report = ledger_->Verify();
  EXPECT_EQ(report->bad_seq, 4);
  EXPECT_EQ(report->problem, "reordered");
}

TEST_F(LedgerTest, DeletedRecordIsReportedMissing) {
  Exec("DELETE FROM flow_records WHERE seq = 2");
  auto report = ledger_->Verify();
  EXPECT_EQ(report->bad_seq, 2);
  EXPECT_EQ(report->problem, "missing");
}

TEST_F(LedgerTest, SwappedRecordsAreReportedReordered) {
  Exec("UPDATE flow_records SET seq = -1 WHERE seq = 2");
  Exec("UPDATE flow_records SET seq = 2 WHERE seq = 3");
  Exec("UPDATE flow_records SET seq = 3 WHERE seq = -1");
  auto report = ledger_->Verify();
  EXPECT_EQ(report->bad_seq, 2);
  EXPECT_EQ(report->problem, "reordered");
}

TEST_F(LedgerTest, UnknownReceiptIsNotFound) {
  EXPECT_EQ(ledger_->Find("rcpt_nope").status().code(), StatusCode::kNotFound);
}

TEST_F(LedgerTest, SecondConnectionContinuesTheSameChain) {
  auto other_db = std::move(storage::Database::Open(path_.string())).value();
  Ledger other(*other_db);
  ASSERT_TRUE(other.Append("rcpt_6", "2026-12-03T10:00:06.000Z", "{}").ok());
  ASSERT_TRUE(ledger_->Append("rcpt_7", "2026-12-03T10:00:07.000Z", "{}").ok());
  auto report = ledger_->Verify();
  EXPECT_TRUE(report->intact) << report->detail;
  EXPECT_EQ(report->records, 7);
}

}  // namespace
}  // namespace mizan::audit
