// Names, roles and entity merging on small hand-written stories.
#include "analyse/mentions.h"

#include <gtest/gtest.h>

#include "analyse/analysis.h"
#include "analyse/test_story.h"

namespace chorus {
namespace {

using testing::EntityWithVariant;
using testing::MakeStory;

std::vector<Mention> Mentions(const StoryText& story) {
  return FindMentions(story, ScanStory(story), QuoteRegions(story.docs.size()));
}

const Mention* Find(const StoryText& story, const std::vector<Mention>& ms,
                    const std::string& name) {
  for (const Mention& m : ms) {
    if (story.docs[m.doc].Slice(m.span) == name) return &m;
  }
  return nullptr;
}

TEST(MentionsTest, TitleBeforeNameIsARole) {
  const StoryText s =
      MakeStory({"He asked Secretary of State Marco Rubio and Kremlin spokesman "
                 "Dmitry Peskov to talk.\n"});
  const auto ms = Mentions(s);
  const Mention* rubio = Find(s, ms, "Marco Rubio");
  ASSERT_NE(rubio, nullptr);
  EXPECT_EQ(s.docs[0].Slice(rubio->role), "Secretary of State");
  const Mention* peskov = Find(s, ms, "Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(s.docs[0].Slice(peskov->role), "Kremlin spokesman");
  EXPECT_NE(Find(s, ms, "Kremlin"), nullptr);
}

TEST(MentionsTest, AppositionsGiveRoles) {
  const StoryText s =
      MakeStory({"Her chief of staff, Anna Berg, agreed. Ivo Lind, the retired "
                 "general who led it, did not.\n"});
  const auto ms = Mentions(s);
  const Mention* berg = Find(s, ms, "Anna Berg");
  ASSERT_NE(berg, nullptr);
  EXPECT_EQ(s.docs[0].Slice(berg->role), "chief of staff");
  const Mention* lind = Find(s, ms, "Ivo Lind");
  ASSERT_NE(lind, nullptr);
  EXPECT_EQ(s.docs[0].Slice(lind->role), "retired general");
}

TEST(MentionsTest, CreditsDaysAndCommonWordsAreNotNames) {
  const StoryText s = MakeStory(
      {"Framing the talks as a success, officials met on Wednesday in Vienna. (Jo Cole/Agence "
       "Foo via Bar Images)\n",
       "Sam Reed and Lee Park contributed reporting.\n", "The talks were framing the week.\n"});
  const auto ms = Mentions(s);
  EXPECT_EQ(Find(s, ms, "Framing"), nullptr);
  EXPECT_EQ(Find(s, ms, "Wednesday"), nullptr);
  EXPECT_EQ(Find(s, ms, "Jo Cole"), nullptr);
  EXPECT_EQ(Find(s, ms, "Sam Reed"), nullptr);
  EXPECT_NE(Find(s, ms, "Vienna"), nullptr);
}

TEST(MentionsTest, PossessiveIsCutAndDemonymIsNotAName) {
  const StoryText s = MakeStory({"The Ukrainian leader met Olaf Brandt’s team.\n"});
  const auto ms = Mentions(s);
  EXPECT_NE(Find(s, ms, "Olaf Brandt"), nullptr);
  EXPECT_EQ(Find(s, ms, "Ukrainian"), nullptr);
}

TEST(EntitiesTest, SpellingsOfOnePersonMerge) {
  const StoryText s =
      MakeStory({"Foreign Minister Michael Novak met Dmitri Orlov in Vienna. Novak said little.\n",
                 "Mike Novak, the foreign minister, met Dmitry Orlov on Monday.\n",
                 "Novac met Orlov in Vienna.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  const int novak = EntityWithVariant(a, "Michael Novak");
  ASSERT_GE(novak, 0);
  EXPECT_EQ(EntityWithVariant(a, "Mike Novak"), novak);
  EXPECT_EQ(EntityWithVariant(a, "Novak"), novak);
  EXPECT_EQ(a.entities[novak].type, EntityType::kPerson);
  EXPECT_EQ(a.entities[novak].name, "Michael Novak");
  const int orlov = EntityWithVariant(a, "Dmitri Orlov");
  ASSERT_GE(orlov, 0);
  EXPECT_EQ(EntityWithVariant(a, "Dmitry Orlov"), orlov);
  EXPECT_EQ(EntityWithVariant(a, "Orlov"), orlov);
  EXPECT_NE(orlov, novak);
  const int vienna = EntityWithVariant(a, "Vienna");
  ASSERT_GE(vienna, 0);
  EXPECT_EQ(a.entities[vienna].type, EntityType::kPlace);
}

TEST(EntitiesTest, LookAlikeGivenNamesStayApart) {
  const StoryText s = MakeStory({"Marc Lauer met Marco Lauer in Rome.\n",
                                 "Vladimir Petrenko and Volodymyr Petrenko spoke.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  ASSERT_GE(EntityWithVariant(a, "Marc Lauer"), 0);
  EXPECT_NE(EntityWithVariant(a, "Marc Lauer"), EntityWithVariant(a, "Marco Lauer"));
  ASSERT_GE(EntityWithVariant(a, "Vladimir Petrenko"), 0);
  EXPECT_NE(EntityWithVariant(a, "Vladimir Petrenko"), EntityWithVariant(a, "Volodymyr Petrenko"));
}

TEST(EntitiesTest, SoundAlikeGarbleMergesWithSameGivenName) {
  const StoryText s =
      MakeStory({"Teacher Paul Fischer was freed on Tuesday.\n",
                 "Teacher Paul Vischer was freed.\n", "Paul Fisher returned home.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  const int e = EntityWithVariant(a, "Paul Fischer");
  ASSERT_GE(e, 0);
  EXPECT_EQ(EntityWithVariant(a, "Paul Vischer"), e);
  EXPECT_EQ(EntityWithVariant(a, "Paul Fisher"), e);
}

TEST(EntitiesTest, AcronymsAreOrganisationsAndAgenciesRelayingAreDropped) {
  const StoryText s = MakeStory(
      {"NATO said it would meet. \"We are ready to talk,\" XYZ quoted Anna Berg as saying.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  const int nato = EntityWithVariant(a, "NATO");
  ASSERT_GE(nato, 0);
  EXPECT_EQ(a.entities[nato].type, EntityType::kOrganization);
  EXPECT_EQ(EntityWithVariant(a, "XYZ"), -1);
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.entities[a.quotes[0].speaker].name, "Anna Berg");
}

}  // namespace
}  // namespace chorus
