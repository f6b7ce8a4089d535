#include "analyse/name_match.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(NameMatchTest, JaroWinklerKnownValues) {
  EXPECT_NEAR(JaroWinkler("martha", "marhta"), 0.961, 0.001);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("abc", "xyz"), 0.0);
}

TEST(NameMatchTest, EditDistance) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
  EXPECT_EQ(EditDistance("", "abc"), 3);
}

TEST(NameMatchTest, TransliterationKeys) {
  EXPECT_EQ(TranslitKey("zelenskyy"), TranslitKey("zelensky"));
  EXPECT_EQ(TranslitKey("witkoff"), TranslitKey("witkov"));
  EXPECT_EQ(TranslitKey("dmitri"), TranslitKey("dmitry"));
  EXPECT_NE(TranslitKey("putin"), TranslitKey("peskov"));
}

TEST(NameMatchTest, PhoneticKeyJoinsSoundAlikes) {
  EXPECT_EQ(PhoneticKey("fogel"), PhoneticKey("vogel"));
  EXPECT_NE(PhoneticKey("fogel"), PhoneticKey("rubio"));
}

TEST(NameMatchTest, SurnamesGarbledByOneSoundStillMatch) {
  EXPECT_GE(SurnameScore("fogel", "vogel"), 0.9);
  EXPECT_GE(SurnameScore("hegseth", "hegses"), 0.88);
  EXPECT_EQ(SurnameScore("zelenskyy", "zelensky"), 1.0);
  EXPECT_EQ(SurnameScore("putin", "peskov"), 0.0);
  EXPECT_EQ(SurnameScore("rubio", "fogel"), 0.0);
}

TEST(NameMatchTest, GivenNamesNicknamesAndLookAlikes) {
  EXPECT_EQ(FirstNameScore("mike", "michael"), 1.0);
  EXPECT_EQ(FirstNameScore("dmitri", "dmitry"), 1.0);
  EXPECT_GE(FirstNameScore("marc", "mark"), 0.8);
  EXPECT_GE(FirstNameScore("volodymie", "volodymyr"), 0.8);
  EXPECT_EQ(FirstNameScore("marc", "marco"), 0.0);
  EXPECT_EQ(FirstNameScore("vladimir", "volodymyr"), 0.0);
  EXPECT_EQ(FirstNameScore("steve", "pete"), 0.0);
}

}  // namespace
}  // namespace chorus
