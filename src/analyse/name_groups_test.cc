#include "analyse/name_groups.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

NameForm F(std::vector<std::string> tokens, std::vector<uint32_t> docs, bool person = false) {
  return NameForm{std::move(tokens), std::move(docs), person};
}

TEST(NameGroupsTest, AbbreviationsExpandByPosition) {
  EXPECT_EQ(NameSpellingKey({"st", "brigid"}), NameSpellingKey({"saint", "brigid"}));
  EXPECT_EQ(NameSpellingKey({"mt.", "kenya"}), NameSpellingKey({"mount", "kenya"}));
  EXPECT_EQ(NameSpellingKey({"main", "st"}), NameSpellingKey({"main", "street"}));
  EXPECT_NE(NameSpellingKey({"main", "st"}), NameSpellingKey({"main", "saint"}));
}

TEST(NameGroupsTest, GarbledWordMergesAcrossReports) {
  const auto r = GroupNameForms({F({"kestrel", "bay"}, {0, 1}), F({"cestrel", "bay"}, {2})});
  EXPECT_EQ(r[0], r[1]);
}

TEST(NameGroupsTest, GarbleNeedsOtherWordsEqualAndNoSharedReport) {
  // One report writing both spellings names two things.
  auto r = GroupNameForms({F({"kestrel", "bay"}, {0, 1}), F({"cestrel", "bay"}, {1})});
  EXPECT_NE(r[0], r[1]);
  // A one-word name has no anchor word: Niger and Nigeria stay apart.
  r = GroupNameForms({F({"niger"}, {0}), F({"nigeria"}, {1})});
  EXPECT_NE(r[0], r[1]);
  // Heads differ: two features.
  r = GroupNameForms({F({"kestrel", "bay"}, {0}), F({"kestrel", "cape"}, {1})});
  EXPECT_NE(r[0], r[1]);
}

TEST(NameGroupsTest, ShortFormJoinsTheOneLongerName) {
  // "Halvard" in reports that name Port Halvard too; "the island Skellan" in another report.
  const std::vector<NameForm> forms = {F({"skellan", "island"}, {0, 1, 3}), F({"skellan"}, {2}),
                                       F({"port", "halvard"}, {0, 1, 2}), F({"halvard"}, {2})};
  auto r = GroupNameForms(forms, [](size_t f, const std::vector<std::string>& heads) {
    return f == 1 && heads == std::vector<std::string>{"island"};
  });
  EXPECT_EQ(r[0], r[1]);
  EXPECT_EQ(r[2], r[3]);
  EXPECT_NE(r[0], r[2]);
  // Without the head next to it, a report that never names Skellan Island keeps "Skellan".
  r = GroupNameForms(forms);
  EXPECT_NE(r[0], r[1]);
  EXPECT_EQ(r[2], r[3]);
}

TEST(NameGroupsTest, ShortFormKeptApartWhenUnsafe) {
  // Two longer names contain it.
  auto r = GroupNameForms(
      {F({"port", "skellan"}, {0, 1}), F({"skellan", "island"}, {0, 1}), F({"skellan"}, {2})});
  EXPECT_NE(r[2], r[0]);
  EXPECT_NE(r[2], r[1]);
  // An administrative division after the name: Kansas is not Kansas City.
  r = GroupNameForms({F({"kansas", "city"}, {0, 1}), F({"kansas"}, {2})});
  EXPECT_NE(r[0], r[1]);
  // A known place on its own (Washington), a given name, a person cue.
  r = GroupNameForms({F({"mount", "washington"}, {0, 1}), F({"washington"}, {2})});
  EXPECT_NE(r[0], r[1]);
  r = GroupNameForms({F({"port", "elizabeth"}, {0, 1}), F({"elizabeth"}, {2})});
  EXPECT_NE(r[0], r[1]);
  r = GroupNameForms({F({"port", "halvard"}, {0, 1}), F({"halvard"}, {2}, true)});
  EXPECT_NE(r[0], r[1]);
  // The short form is used as widely as the longer name: a name of its own.
  r = GroupNameForms({F({"lake", "tarsk"}, {0}), F({"tarsk"}, {1})});
  EXPECT_NE(r[0], r[1]);
}

}  // namespace
}  // namespace chorus
