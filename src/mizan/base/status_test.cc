// Mizan — governance gateway for language models.

#include "mizan/base/status.h"

#include <gtest/gtest.h>

#include "mizan/base/result.h"

namespace mizan {
namespace {

Result<int> ParsePositive(int value) {
  if (value <= 0) {
    return InvalidArgumentError("value must be positive");
  }
  return value;
}

Result<int> DoubledPositive(int value) {
  MIZAN_ASSIGN_OR_RETURN(int parsed, ParsePositive(value));
  return parsed * 2;
}

Status CheckBoth(int a, int b) {
  MIZAN_RETURN_IF_ERROR(ParsePositive(a).status());
  MIZAN_RETURN_IF_ERROR(ParsePositive(b).status());
  return Status::Ok();
}

TEST(StatusTest, OkStatusHasNoMessage) {
  Status status;
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(status.ToString(), "OK");
}

TEST(StatusTest, ErrorCarriesCodeAndContext) {
  Status status = NotFoundError("no such document").WithContext("corpus show");
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.ToString(), "NOT_FOUND: corpus show: no such document");
}

TEST(ResultTest, AssignOrReturnPropagatesErrorsAndValues) {
  EXPECT_EQ(DoubledPositive(21).value(), 42);
  Result<int> failed = DoubledPositive(-1);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kInvalidArgument);
}

TEST(ResultTest, ReturnIfErrorStopsAtFirstFailure) {
  EXPECT_TRUE(CheckBoth(1, 2).ok());
  EXPECT_EQ(CheckBoth(1, 0).code(), StatusCode::kInvalidArgument);
}

TEST(ResultTest, OkStatusWithoutValueBecomesInternalError) {
  Result<int> result{Status::Ok()};
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInternal);
}

}  // namespace
}  // namespace mizan
