// Mizan — governance gateway for language models.

#include "mizan/text/utf8.h"

#include <string>

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(Utf8Test, AcceptsWellFormedTextInEveryLength) {
  EXPECT_FALSE(FirstInvalidUtf8Offset(""));
  EXPECT_FALSE(FirstInvalidUtf8Offset("loi 09-08"));
  EXPECT_FALSE(FirstInvalidUtf8Offset("é ميزان ⵜⴰⵎⴰⵣⵉⵖⵜ 😀"));
  EXPECT_FALSE(FirstInvalidUtf8Offset("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point.
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBD"));
}

TEST(Utf8Test, RejectsOverlongForms) {
  EXPECT_EQ(FirstInvalidUtf8Offset("ab\xC0\xAF"), 2u);  // "/" in two bytes.
  EXPECT_EQ(FirstInvalidUtf8Offset("\xC1\xBF"), 0u);
  EXPECT_EQ(FirstInvalidUtf8Offset("\xE0\x80\xAF"), 0u);
  EXPECT_EQ(FirstInvalidUtf8Offset("\xF0\x80\x80\xAF"), 0u);
}

TEST(Utf8Test, RejectsSurrogatesAndValuesAboveUnicode) {
  EXPECT_EQ(FirstInvalidUtf8Offset("x\xED\xA0\x80"), 1u);     // U+D800
  EXPECT_EQ(FirstInvalidUtf8Offset("\xED\xBF\xBF"), 0u);      // U+DFFF
  EXPECT_EQ(FirstInvalidUtf8Offset("\xF4\x90\x80\x80"), 0u);  // U+110000
  EXPECT_EQ(FirstInvalidUtf8Offset("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FirstInvalidUtf8Offset("\xFF"), 0u);
}

TEST(Utf8Test, RejectsTruncatedAndStrayBytes) {
  EXPECT_EQ(FirstInvalidUtf8Offset("abc\xD9"), 3u);                  // Lead byte at the end.
  EXPECT_EQ(FirstInvalidUtf8Offset("\xE2\xB4"), 0u);                 // Two of three bytes.
  EXPECT_EQ(FirstInvalidUtf8Offset("\xF0\x9F\x98 x"), 0u);           // Three of four, then ASCII.
  EXPECT_EQ(FirstInvalidUtf8Offset("ok\x80"), 2u);                   // Continuation without lead.
  EXPECT_EQ(FirstInvalidUtf8Offset(std::string("a\0\xC3", 3)), 2u);  // NUL is valid.
}

TEST(Utf8Test, DecodesAndAdvances) {
  std::string_view text = "aé\xD9\x85\xE2\xB5\x9C\xF0\x9F\x98\x80";
  size_t offset = 0;
  EXPECT_EQ(DecodeUtf8(text, &offset), U'a');
  EXPECT_EQ(DecodeUtf8(text, &offset), U'é');
  EXPECT_EQ(DecodeUtf8(text, &offset), U'\u0645');
  EXPECT_EQ(DecodeUtf8(text, &offset), U'\u2D5C');
  EXPECT_EQ(offset, 8u);
  EXPECT_EQ(DecodeUtf8(text, &offset), U'\U0001F600');
  EXPECT_EQ(offset, text.size());
}

TEST(Utf8Test, DecodingIllFormedBytesYieldsReplacementAndProgresses) {
  std::string_view text = "\xE2\xB4x\xC0";
  size_t offset = 0;
  EXPECT_EQ(DecodeUtf8(text, &offset), kReplacementCharacter);
  EXPECT_EQ(offset, 2u);  // The well-formed prefix E2 B4 is consumed as one unit.
  EXPECT_EQ(DecodeUtf8(text, &offset), U'x');
  EXPECT_EQ(DecodeUtf8(text, &offset), kReplacementCharacter);
  EXPECT_EQ(offset, 4u);
}

TEST(Utf8Test, AppendRoundTripsEveryEncodingLength) {
  std::string out;
  for (char32_t c : {U'A', U'\u00E9', U'\u0645', U'\u2D5C', U'\U0001F600', U'\U0010FFFF'}) {
    out.clear();
    AppendUtf8(out, c);
    size_t offset = 0;
    EXPECT_EQ(DecodeUtf8(out, &offset), c);
    EXPECT_EQ(offset, out.size());
  }
}

TEST(Utf8Test, AppendReplacesUnencodableValues) {
  std::string out;
  AppendUtf8(out, 0xD800);
  AppendUtf8(out, 0x110000);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace mizan::text
