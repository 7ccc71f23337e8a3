// Mizan — governance gateway for language models.

#include "mizan/text/sentences.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan span : SplitSentences(text)) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentencesTest, SplitsFrenchOnTerminalPunctuation) {
  EXPECT_EQ(Sentences("La loi est publiée. Elle entre en vigueur demain! Qui l'applique ?"),
            (Strings{"La loi est publiée.", "Elle entre en vigueur demain!", "Qui l'applique ?"}));
}

TEST(SentencesTest, ReturnsByteOffsetsIntoTheInput) {
  std::string_view text = "  Première phrase.  Deuxième.";
  std::vector<TextSpan> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (TextSpan{2, 19}));  // "é" is two bytes.
  EXPECT_EQ(spans[1], (TextSpan{21, text.size()}));
}

TEST(SentencesTest, ASingleLineBreakIsAWrappedLine) {
  std::string_view text = "Le responsable du traitement\ndoit informer la personne.";
  EXPECT_EQ(Sentences(text), (Strings{std::string(text)}));
  EXPECT_EQ(Sentences("Le responsable\r\ndoit informer."),
            (Strings{"Le responsable\r\ndoit informer."}));
}

TEST(SentencesTest, ABlankLineEndsASentence) {
  EXPECT_EQ(Sentences("Article premier\n\nLe présent décret s'applique\n \n Titre II"),
            (Strings{"Article premier", "Le présent décret s'applique", "Titre II"}));
  EXPECT_EQ(Sentences("Chapitre 1\r\n\r\nDispositions générales"),
            (Strings{"Chapitre 1", "Dispositions générales"}));
}

TEST(SentencesTest, SplitsArabicOnQuestionMarkSemicolonAndPeriod) {
  EXPECT_EQ(Sentences("ما هو القانون؟ يحدد هذا القانون القواعد؛ ويطبق على الجميع. انتهى"),
            (Strings{"ما هو القانون؟", "يحدد هذا القانون القواعد؛", "ويطبق على الجميع.", "انتهى"}));
}

TEST(SentencesTest, LegalAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Conformément à l'Art. 5 de la loi n° 09-08, publiée au B.O. n° 5714. "
                      "La CNDP contrôle."),
            (Strings{"Conformément à l'Art. 5 de la loi n° 09-08, publiée au B.O. n° 5714.",
                     "La CNDP contrôle."}));
  EXPECT_EQ(Sentences("M. Alami et Mme. Bennani, cf. p. 12, sont venus."),
            (Strings{"M. Alami et Mme. Bennani, cf. p. 12, sont venus."}));
}

TEST(SentencesTest, NumberedItemsStayWithTheirText) {
  EXPECT_EQ(Sentences("1. Les données sont traitées loyalement.\n2. Elles sont collectées."),
            (Strings{"1. Les données sont traitées loyalement.", "2. Elles sont collectées."}));
  EXPECT_EQ(Sentences("Voir ci-dessous. IV. Dispositions finales."),
            (Strings{"Voir ci-dessous.", "IV. Dispositions finales."}));
}

TEST(SentencesTest, FragmentsDoNotJoinAcrossParagraphs) {
  EXPECT_EQ(Sentences("Fin de la page 3.\n12\n\nSuite."),
            (Strings{"Fin de la page 3.", "12", "Suite."}));
}

TEST(SentencesTest, BulletsJoinTheItemTheyIntroduce) {
  // U+F0B7 is the private-use bullet that pdftotext emits for Symbol-font lists.
  EXPECT_EQ(Sentences("\uF0B7\n\n\nرئيس مجلس النواب؛\n\n• رئيس مجلس المستشارين؛"),
            (Strings{"\uF0B7\n\n\nرئيس مجلس النواب؛", "• رئيس مجلس المستشارين؛"}));
}

TEST(SentencesTest, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("Il a dit : « Non ! » Puis il est parti."),
            (Strings{"Il a dit : « Non ! »", "Puis il est parti."}));
}

TEST(SentencesTest, TrimsAndNeverReturnsEmptySpans) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n\t \u00A0 ").empty());
  EXPECT_EQ(Sentences("\n\n  Texte sans point final  \n"), (Strings{"Texte sans point final"}));
  for (TextSpan span : SplitSentences("a. b. . .. ؟ ؛ ! c")) {
    EXPECT_LT(span.begin, span.end);
  }
}

}  // namespace
}  // namespace mizan::text
