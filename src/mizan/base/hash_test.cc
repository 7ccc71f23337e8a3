// Mizan — governance gateway for language models.

#include "mizan/base/hash.h"

#include <gtest/gtest.h>

namespace mizan {
namespace {

TEST(HashTest, Sha256MatchesKnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(HashTest, IncrementalHashEqualsOneShot) {
  Sha256Hasher hasher;
  hasher.Update("a");
  hasher.Update("bc");
  EXPECT_EQ(hasher.FinishHex(), Sha256Hex("abc"));
}

}  // namespace
}  // namespace mizan
