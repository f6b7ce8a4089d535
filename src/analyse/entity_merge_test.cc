// Merging the names of places, organisations and things (name_groups.cc), outlets naming
// themselves (outlet_names.cc) and numbered designators (mentions.cc), through AnalyseStory.
#include <gtest/gtest.h>

#include "analyse/analysis.h"
#include "analyse/test_story.h"

namespace chorus {
namespace {

using testing::EntityWithVariant;
using testing::MakeStory;

TEST(EntityMergeTest, ThingsMergeAcrossSpellings) {
  const StoryAnalysis a = AnalyseStory(
      MakeStory({"The tanker Corvin Bay ran aground off Port Vennor near Mt Arlo.\n",
                 "The tanker Korvin Bay ran aground off Port Vennor.\n",
                 "The Corvin Bay was towed to the port of Vennor and on to Mount Arlo.\n"}));
  const int ship = EntityWithVariant(a, "Corvin Bay");
  ASSERT_GE(ship, 0);
  EXPECT_EQ(EntityWithVariant(a, "Korvin Bay"), ship);
  const int port = EntityWithVariant(a, "Port Vennor");
  ASSERT_GE(port, 0);
  EXPECT_EQ(EntityWithVariant(a, "Vennor"), port);
  const int mount = EntityWithVariant(a, "Mount Arlo");
  ASSERT_GE(mount, 0);
  EXPECT_EQ(EntityWithVariant(a, "Mt Arlo"), mount);
}

TEST(EntityMergeTest, DifferentThingsStayApart) {
  // A place named after a person, and one report naming two similar ships.
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"George Washington visited Washington on Monday.\n",
                              "The Corvin Bay and the Korvin Bay collided off Kansas City.\n",
                              "Officials in Kansas said the crew of the Corvin Bay were safe.\n"}));
  for (const char* name :
       {"Corvin Bay", "Korvin Bay", "Kansas", "Kansas City", "Washington", "George Washington"}) {
    EXPECT_GE(EntityWithVariant(a, name), 0) << name;
  }
  EXPECT_NE(EntityWithVariant(a, "Corvin Bay"), EntityWithVariant(a, "Korvin Bay"));
  EXPECT_NE(EntityWithVariant(a, "Kansas"), EntityWithVariant(a, "Kansas City"));
  EXPECT_NE(EntityWithVariant(a, "Washington"), EntityWithVariant(a, "George Washington"));
}

TEST(EntityMergeTest, AnOutletNamingItselfIsNotAnEntity) {
  StoryText story = MakeStory({"Minister Anna Berg told the Ledger the port was shut.\n",
                               "Minister Anna Berg said the port was shut.\n"});
  story.docs[0].id = "capital-ledger";
  EXPECT_EQ(EntityWithVariant(AnalyseStory(story), "Ledger"), -1);
  EXPECT_GE(EntityWithVariant(AnalyseStory(story), "Anna Berg"), 0);
  story.docs[0].id = "doc0";  // another outlet's report naming the Ledger: a story entity
  EXPECT_GE(EntityWithVariant(AnalyseStory(story), "Ledger"), 0);
}

TEST(EntityMergeTest, NumberedDesignatorKeepsItsNumber) {
  const StoryAnalysis a = AnalyseStory(
      MakeStory({"The ferry was towed to the Quay 4 berth, a spokesman for Acme Lines said.\n"}));
  EXPECT_GE(EntityWithVariant(a, "Quay 4"), 0);
  EXPECT_EQ(EntityWithVariant(a, "Quay"), -1);
}

}  // namespace
}  // namespace chorus
