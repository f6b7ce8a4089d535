#include "align/names.h"

#include <gtest/gtest.h>

namespace chorus::align {
namespace {

TEST(NamesTest, BoundedEditDistance) {
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 5), 3);
  EXPECT_EQ(BoundedEditDistance("abc", "abc", 0), 0);
  EXPECT_EQ(BoundedEditDistance("abcdef", "a", 2), 3);  // capped at max + 1
  EXPECT_EQ(BoundedEditDistance("", "ab", 2), 2);
}

TEST(NamesTest, SkeletonMergesTransliterationLetters) {
  EXPECT_EQ(NameSkeleton("witkov"), NameSkeleton("witkoff"));
  EXPECT_EQ(NameSkeleton("vogel"), NameSkeleton("fogel"));
  EXPECT_EQ(NameSkeleton("philip"), NameSkeleton("filip"));
  EXPECT_NE(NameSkeleton("rubio"), NameSkeleton("ruben"));
}

TEST(NamesTest, SimilarNamesAcceptsGarbledSpellings) {
  EXPECT_TRUE(SimilarNames("hegses", "hegseth"));
  EXPECT_TRUE(SimilarNames("volodymie", "volodymyr"));
  EXPECT_TRUE(SimilarNames("zelensky", "zelenskyy"));
  EXPECT_TRUE(SimilarNames("witkov", "witkoff"));
}

TEST(NamesTest, SimilarNamesKeepsDifferentNamesApart) {
  EXPECT_FALSE(SimilarNames("mark", "mike"));
  EXPECT_FALSE(SimilarNames("waltz", "walsh"));
  EXPECT_FALSE(SimilarNames("putin", "rubio"));
  EXPECT_FALSE(SimilarNames("kellogg", "kremlin"));
}

TEST(NamesTest, GroupNameVariantsLinksOnlyVariants) {
  const std::vector<uint32_t> c =
      GroupNameVariants({"fogel", "rubio", "vogel", "hegseth", "hegses", "ratcliffe"});
  EXPECT_EQ(c[0], c[2]);
  EXPECT_EQ(c[3], c[4]);
  EXPECT_NE(c[0], c[1]);
  EXPECT_NE(c[1], c[5]);
  EXPECT_NE(c[3], c[5]);
}

}  // namespace
}  // namespace chorus::align
