// Mizan — governance gateway for language models.

#include "mizan/privacy/pseudonymizer.h"

#include <gtest/gtest.h>

namespace mizan::privacy {
namespace {

TEST(PseudonymizerTest, SameValueGetsSameTokenAcrossMessages) {
  Pseudonymizer p;
  EXPECT_EQ(p.Apply("Mon numéro: 0612345678, mail a@b.ma"),
            "Mon numéro: [PHONE_1], mail [EMAIL_1]");
  EXPECT_EQ(p.Apply("رقمي +212 612 345 678 و 0522123456"), "رقمي [PHONE_1] و [PHONE_2]");
  EXPECT_EQ(p.counts().at("PHONE"), 2);
  EXPECT_EQ(p.counts().at("EMAIL"), 1);
  EXPECT_EQ(p.originals().at("[PHONE_1]"), "0612345678");
  EXPECT_EQ(p.originals().at("[PHONE_2]"), "0522123456");
}

TEST(PseudonymizerTest, TextWithoutPersonalDataIsUnchanged) {
  Pseudonymizer p;
  std::string text = "Quelles sont les obligations du responsable du traitement ?";
  EXPECT_EQ(p.Apply(text), text);
  EXPECT_TRUE(p.originals().empty());
}

}  // namespace
}  // namespace mizan::privacy
