// Mizan — governance gateway for language models.

#include "mizan/text/analyzer.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

using Terms = std::vector<std::string>;

bool Contains(const Terms& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

class AnalyzerTest : public ::testing::Test {
 protected:
  Terms Ar(std::string_view text) const { return analyzer_.Terms(text, "ar"); }
  Terms Fr(std::string_view text) const { return analyzer_.Terms(text, "fr"); }

  Analyzer analyzer_;
};

TEST_F(AnalyzerTest, VocalisedAndUnvocalisedArabicGiveTheSameTerms) {
  EXPECT_EQ(Ar("الْمَدْرَسَةُ الْعُمُومِيَّةُ"), Ar("المدرسة العمومية"));
  EXPECT_EQ(Ar("حِمَايَةُ المُعْطَيَاتِ"), Ar("حماية المعطيات"));
  EXPECT_EQ(Ar("الـمـعـطـيـات"), Ar("المعطيات"));  // Tatweel.
}

TEST_F(AnalyzerTest, HamzaSeatsAndFinalLetterVariantsGiveTheSameTerms) {
  EXPECT_EQ(Ar("الأسئلة"), Ar("الاسئلة"));
  EXPECT_EQ(Ar("إسلام"), Ar("اسلام"));
  EXPECT_EQ(Ar("المؤسسة"), Ar("الموسسه"));
  EXPECT_EQ(Ar("المستشفى"), Ar("المستشفي"));
  EXPECT_EQ(Ar("المدرسة"), Ar("المدرسه"));
}

TEST_F(AnalyzerTest, DefiniteIndefiniteAndConjunctionFormsMeet) {
  Terms stem = Ar("مدرسة");
  ASSERT_EQ(stem.size(), 1u);
  EXPECT_EQ(Ar("المدرسة"), stem);
  EXPECT_EQ(Ar("والمدرسة"), stem);
  EXPECT_EQ(Ar("بالمدرسة"), stem);
  EXPECT_EQ(Ar("والقانون"), Ar("القانون"));
}

TEST_F(AnalyzerTest, ArabicIndicDigitsBecomeAsciiTerms) {
  EXPECT_EQ(Ar("القانون رقم ٠٩.٠٨"), Ar("القانون رقم 09.08"));
  Terms terms = Ar("المادة ٤٣ من القانون ۰۹-۰۸");
  EXPECT_TRUE(Contains(terms, "43"));
  EXPECT_TRUE(Contains(terms, "09"));
  EXPECT_TRUE(Contains(terms, "08"));
}

TEST_F(AnalyzerTest, ArabicQuestionWordsAreDropped) {
  Terms question = Ar("ما هو الحق في الولوج إلى المعلومات؟");
  Terms statement = Ar("الحق الولوج المعلومات");
  EXPECT_EQ(question, statement);
  EXPECT_EQ(question.size(), 3u);
}

TEST_F(AnalyzerTest, FrenchAccentsCaseAndElisionsGiveTheSameTerms) {
  EXPECT_EQ(Fr("Sécurité"), Fr("securite"));
  EXPECT_EQ(Fr("DONNÉES À CARACTÈRE PERSONNEL"), Fr("donnees a caractere personnel"));
  EXPECT_EQ(Fr("l’élection"), Fr("election"));
  EXPECT_EQ(Fr("les élections"), Fr("election"));
}

TEST_F(AnalyzerTest, FrenchStopwordsGoNumbersStay) {
  Terms terms = Fr("Quel est l'article 5 de la loi 09-08 ?");
  EXPECT_EQ(terms, (Terms{"articl", "5", "loi", "09", "08"}));
}

TEST_F(AnalyzerTest, OneLetterWordsAreDroppedButDigitsAreNot) {
  EXPECT_EQ(Fr("x y z 7"), (Terms{"7"}));
  EXPECT_TRUE(Ar("و ب ل").empty());
}

TEST_F(AnalyzerTest, LatinStemmerFollowsTheTag) {
  EXPECT_EQ(analyzer_.Terms("running applications", "en"), (Terms{"run", "applic"}));
  EXPECT_EQ(analyzer_.Terms("las solicitudes", "es"), (Terms{"solicitud"}));
  EXPECT_EQ(analyzer_.Terms("les demandes", "fr"), (Terms{"demand"}));
}

TEST_F(AnalyzerTest, OtherTagsUseFrenchForLatinWords) {
  Terms french = Fr("les demandes d'autorisation");
  EXPECT_EQ(analyzer_.Terms("les demandes d'autorisation", "und"), french);
  EXPECT_EQ(analyzer_.Terms("les demandes d'autorisation", "ar"), french);
  EXPECT_EQ(analyzer_.Terms("les demandes d'autorisation", "zgh-Latn"), french);
  // Arabizi additionally drops its own function words.
  EXPECT_EQ(analyzer_.Terms("wach kayna demande", "ary-Latn"), (Terms{"kayn", "demand"}));
}

TEST_F(AnalyzerTest, ArabicWordsUseTheArabicStemmerWhateverTheTag) {
  EXPECT_EQ(analyzer_.Terms("المدرسة", "fr"), Ar("المدرسة"));
  EXPECT_EQ(analyzer_.Terms("المدرسة", "und"), Ar("المدرسة"));
}

TEST_F(AnalyzerTest, MixedScriptsAreEachHandledByTheirRules) {
  Terms terms = Fr("La CNDP et اللجنة الوطنية ⵜⴰⵎⴰⵣⵉⵖⵜ");
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0], "cndp");
  EXPECT_EQ(terms[3], "ⵜⴰⵎⴰⵣⵉⵖⵜ");  // Tifinagh: unstemmed.
}

TEST_F(AnalyzerTest, EmptyOrPunctuationOnlyInputHasNoTerms) {
  EXPECT_TRUE(Fr("").empty());
  EXPECT_TRUE(Ar(" ؟ ، ! ").empty());
}

TEST_F(AnalyzerTest, ThreadsGetTheSameTerms) {
  const std::string text =
      "حماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي "
      "protection des personnes physiques";
  Terms expected = Ar(text);
  std::vector<Terms> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 200; ++round) {
        results[i] = analyzer_.Terms(text, "ar");
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  for (const Terms& result : results) {
    EXPECT_EQ(result, expected);
  }
}

}  // namespace
}  // namespace mizan::text
