// Mizan — governance gateway for language models.

#include "mizan/privacy/recognizers.h"

#include <gtest/gtest.h>

namespace mizan::privacy {
namespace {

std::vector<std::string> Types(std::string_view text) {
  std::vector<std::string> types;
  for (const Finding& finding : Recognize(text)) {
    types.push_back(finding.type + "=" +
                    std::string(text.substr(finding.begin, finding.end - finding.begin)));
  }
  return types;
}

TEST(RecognizersTest, FindsEmailsWithExactSpans) {
  std::string text = "Écrivez à fatima.zahra+cndp@example.ma pour suivre.";
  auto findings = Recognize(text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, "EMAIL");
  EXPECT_EQ(text.substr(findings[0].begin, findings[0].end - findings[0].begin),
            "fatima.zahra+cndp@example.ma");
}

TEST(RecognizersTest, FindsMoroccanPhonesInEveryWrittenForm) {
  EXPECT_EQ(Types("appelez le 0612345678"), std::vector<std::string>{"PHONE=0612345678"});
  EXPECT_EQ(Types("tel: +212 6 12 34 56 78."),
            std::vector<std::string>{"PHONE=+212 6 12 34 56 78"});
  EXPECT_EQ(Types("00212-522-123456"), std::vector<std::string>{"PHONE=00212-522-123456"});
  EXPECT_EQ(Types("+212(0)612345678"), std::vector<std::string>{"PHONE=+212(0)612345678"});
  EXPECT_EQ(Types("06.12.34.56.78"), std::vector<std::string>{"PHONE=06.12.34.56.78"});
}

TEST(RecognizersTest, FindsPhonesWrittenTheWaysPeopleTypeThem) {
  for (const char* text :
       {"(+212) 612345690", "212612345692", "06\u202f12\u202f34\u202f56\u202f93",
        "06\u200e12345694", "tel0612345695", "0612345607ok", "06. 12. 34. 56. 01"}) {
    auto findings = Recognize(text);
    ASSERT_EQ(findings.size(), 1u) << text;
    EXPECT_EQ(findings[0].type, "PHONE") << text;
  }
  EXPECT_TRUE(Types("00212612345678901").empty());  // Glued to more digits: another number.
}

TEST(RecognizersTest, FindsEmailsAndCinsInLooserForms) {
  EXPECT_EQ(Types("_under@x.ma"), std::vector<std::string>{"EMAIL=_under@x.ma"});
  EXPECT_EQ(Types("karim@gmail.com2"), std::vector<std::string>{"EMAIL=karim@gmail.com"});
  EXPECT_EQ(Types("CIN BE-123457"), std::vector<std::string>{"CIN=BE-123457"});
}

TEST(RecognizersTest, ArabicIndicDigitsAndGluedArabicWordsStillCount) {
  std::string text = "رقمي ٠٦١٢٣٤٥٦٧٨ من فضلك";
  auto findings = Recognize(text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].normalized, "212612345678");
  EXPECT_EQ(Types("رقمي0612345678").size(), 1u);
}

TEST(RecognizersTest, SameNumberNormalisesTheSameWay) {
  auto a = Recognize("0612345678");
  auto b = Recognize("+212 612 345 678");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].normalized, b[0].normalized);
}

TEST(RecognizersTest, CinNeedsContextUnlessItHasTheCommonShape) {
  EXPECT_EQ(Types("ma CIN est BE123456"), std::vector<std::string>{"CIN=BE123456"});
  EXPECT_EQ(Types("AB 12345 expirée"), std::vector<std::string>{"CIN=AB 12345"});
  EXPECT_EQ(Types("رقم البطاقة الوطنية k1234"), std::vector<std::string>{"CIN=k1234"});
  // Lower-case or four digits without any context word: not taken.
  EXPECT_TRUE(Types("le code ab1234 du formulaire").empty());
}

TEST(RecognizersTest, LegalReferencesAndLongRunsAreNotPersonalData) {
  EXPECT_TRUE(Types("la loi 09-08 et le décret 2-09-165, article 43").empty());
  EXPECT_TRUE(Types("المادة 44 من القانون رقم 09.08").empty());
  EXPECT_TRUE(Types("référence 0612345678901").empty());
  EXPECT_TRUE(Types("XAB123456").empty());
  EXPECT_TRUE(Types("montant de 5000 dirhams en 2024").empty());
}

TEST(RecognizersTest, OverlapsKeepTheLongerReading) {
  EXPECT_EQ(Types("AB12345@mail.ma"), std::vector<std::string>{"EMAIL=AB12345@mail.ma"});
}

}  // namespace
}  // namespace mizan::privacy
