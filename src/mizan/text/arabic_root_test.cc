// Mizan — governance gateway for language models.

#include "mizan/text/arabic_root.h"

#include <gtest/gtest.h>

#include "mizan/text/normalize.h"

namespace mizan::text {
namespace {

std::string Root(std::string_view word) { return ArabicRoot(FoldForSearch(word)); }

TEST(ArabicRootTest, DerivedWordsMeetOnTheirRoot) {
  EXPECT_EQ(Root("الاعتراض"), Root("التعرض"));
  EXPECT_EQ(Root("يحتفظ"), Root("محفوظة"));
  EXPECT_EQ(Root("الاحتفاظ"), "حفظ");
  EXPECT_EQ(Root("صلاحيتها"), Root("صلاحية"));
  EXPECT_EQ(Root("الموافقة"), Root("وافق"));
  EXPECT_EQ(Root("المستعمل"), "عمل");
  EXPECT_EQ(Root("استعمال"), "عمل");
  EXPECT_EQ(Root("تقديم"), "قدم");
  EXPECT_EQ(Root("لتجديد"), Root("التجديد"));  // A preposition without the article.
}

TEST(ArabicRootTest, ShortAndUnpatternedWordsKeepTheirLetters) {
  EXPECT_EQ(Root("حق"), "حق");
  EXPECT_EQ(Root("علم"), "علم");
  EXPECT_EQ(Root(""), "");
}

}  // namespace
}  // namespace mizan::text
