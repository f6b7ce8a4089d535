// Entity typing from the story's own usage: place heads, locative prepositions, geographic
// appositions and a vote over all mentions (entities.cc, data/places_*.txt).
#include <gtest/gtest.h>

#include "analyse/analysis.h"
#include "analyse/mentions.h"
#include "analyse/test_story.h"

namespace chorus {
namespace {

using testing::EntityWithVariant;
using testing::MakeStory;

EntityType TypeOf(const StoryAnalysis& a, const std::string& variant) {
  const int e = EntityWithVariant(a, variant);
  EXPECT_GE(e, 0) << variant;
  return e < 0 ? EntityType::kOther : a.entities[e].type;
}

TEST(EntityTypesTest, PlaceHeadUsedLocativelyIsAPlace) {
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"The tanker ran aground off Port Vennor on Monday.\n",
                              "Crews worked outside Port Vennor through the night.\n",
                              "Divers from Tarsk Island joined them.\n"}));
  EXPECT_EQ(TypeOf(a, "Port Vennor"), EntityType::kPlace);
  EXPECT_EQ(TypeOf(a, "Tarsk Island"), EntityType::kPlace);
}

TEST(EntityTypesTest, HeadWithAnArticleIsAThingNotAPlace) {
  // Ships and firms borrow place heads: "the carrier Heron Bay" is used like an object.
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"The ferry struck the carrier Heron Bay at dawn.\n",
                              "The crew of the Heron Bay were unhurt.\n"}));
  EXPECT_EQ(TypeOf(a, "Heron Bay"), EntityType::kOther);
}

TEST(EntityTypesTest, GeographicAppositionMakesAPlace) {
  const StoryAnalysis a = AnalyseStory(
      MakeStory({"Rescuers reached Dunmere, a fishing town on the coast, by noon.\n"}));
  EXPECT_EQ(TypeOf(a, "Dunmere"), EntityType::kPlace);
}

TEST(EntityTypesTest, LocativeMajorityWithoutHeadMakesAPlace) {
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"Talks opened in Vardell on Friday.\n",
                              "Delegates stayed near Vardell.\n", "Vardell hosted the summit.\n"}));
  EXPECT_EQ(TypeOf(a, "Vardell"), EntityType::kPlace);
}

TEST(EntityTypesTest, WorkplacesAndModifiersAreNotLocative) {
  // "at X" is where people work, "in X magazine" names a publication: neither makes X a place.
  const StoryText s = MakeStory({"Ines Varga, an economist at Kelso Marr, said prices rose.\n",
                                 "Tom Hale of Kelso Marr spoke from Kelso Marr offices.\n",
                                 "He read it in Quillon magazine and in Quillon weekly.\n"});
  const StoryAnalysis a = AnalyseStory(s);
  EXPECT_NE(TypeOf(a, "Kelso Marr"), EntityType::kPlace);
  const auto ms = FindMentions(s, ScanStory(s), QuoteRegions(s.docs.size()));
  for (const Mention& m : ms) {
    if (s.docs[m.doc].Slice(m.span) == "Quillon") {
      EXPECT_EQ(m.locative, 0);
    }
  }
}

TEST(EntityTypesTest, NameAfterAPlaceAndACommaIsAPlace) {
  // "Austin, Texas": the region after a place in a dateline or address is a place too.
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"PORT VENNOR, Osterland (Wire) - Ships sailed off Port Vennor.\n",
                              "Crews waited outside Port Vennor, Osterland.\n"}));
  EXPECT_EQ(TypeOf(a, "Port Vennor"), EntityType::kPlace);
  EXPECT_EQ(TypeOf(a, "Osterland"), EntityType::kPlace);
}

TEST(EntityTypesTest, KnownPlacesWinByMajorityOverMentions) {
  const StoryAnalysis a =
      AnalyseStory(MakeStory({"Officials in Norway said the ferry left Norway at six.\n"}));
  EXPECT_EQ(TypeOf(a, "Norway"), EntityType::kPlace);
}

}  // namespace
}  // namespace chorus
