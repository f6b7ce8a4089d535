#include "cluster/online_clusterer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "cluster/article_stream.h"
#include "cluster/engine.h"
#include "eval/cluster_eval.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus::cluster {
namespace {

Document Doc(const std::string& id, const std::string& text, const std::string& date = "") {
  Document d;
  d.id = id;
  d.text = text;
  d.body = {0, static_cast<uint32_t>(text.size())};
  if (!date.empty()) d.published = date;
  return d;
}

TEST(OnlineClustererTest, SeedsFormOneStoryInAStream) {
  ReadResult in = ReadInputs({testing::SeedsDir()});
  ASSERT_EQ(in.docs.size(), 5u);
  StoryEngine engine;
  std::set<uint32_t> stories;
  for (const Document& d : in.docs) stories.insert(engine.Place(engine.Sketch(d)).story);
  EXPECT_EQ(stories.size(), 1u);
}

TEST(OnlineClustererTest, SeedsStayOneStoryAmongOtherEvents) {
  StoryEngine engine;
  std::ifstream f(testing::SharedDir() + "/data/ecbplus/dev.jsonl");
  std::string line;
  for (int n = 0; n < 60 && std::getline(f, line); ++n) {
    auto d = DocumentFromJsonLine(line, "ecbplus");
    ASSERT_TRUE(d.has_value());
    engine.Place(engine.Sketch(*d));
  }
  ReadResult in = ReadInputs({testing::SeedsDir()});
  std::set<uint32_t> stories;
  for (const Document& d : in.docs) {
    const Placement p = engine.Place(engine.Sketch(d));
    stories.insert(p.story);
  }
  EXPECT_EQ(stories.size(), 1u);
}

// The figure of issue 5: BCubed F1 on ECB+ dev (two events of one kind per topic).
TEST(OnlineClustererTest, EcbPlusBCubed) {
  std::ifstream f(testing::SharedDir() + "/data/ecbplus/dev.jsonl");
  ASSERT_TRUE(f) << "needs ../shared/data/ecbplus/dev.jsonl";
  StoryEngine engine;
  std::vector<std::string> gold, predicted;
  std::vector<ArticleSketch> sketches;
  std::string line;
  while (std::getline(f, line)) {
    auto d = DocumentFromJsonLine(line, "ecbplus");
    ASSERT_TRUE(d.has_value());
    const auto at = line.find("\"story\": \"");
    ASSERT_NE(at, std::string::npos);
    gold.push_back(line.substr(at + 10, line.find('"', at + 10) - at - 10));
    sketches.push_back(engine.Sketch(*d));
  }
  for (const auto& sk : sketches) engine.PrimeDf(sk);
  for (const auto& sk : sketches) predicted.push_back(std::to_string(engine.Place(sk).story));
  const BCubedScores s = BCubed(gold, predicted);
  EXPECT_GE(s.f1, 0.93) << "P " << s.precision << " R " << s.recall;
}

// Word features 1..n (hashes in the word space), weight 1 each.
ArticleFeatures Words(std::initializer_list<uint64_t> ids) {
  ArticleFeatures f;
  f.published = std::numeric_limits<double>::quiet_NaN();
  for (uint64_t id : ids) f.features.push_back({id * 1000003, 1.0F});
  std::sort(f.features.begin(), f.features.end(),
            [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
  return f;
}

// Ten reports of one event (features 1-8, one varying detail each), then a report sharing
// only the topic (features 1-4) and its own details: the threshold alone lets it in, the
// story's own agreement keeps it out.
TEST(OnlineClustererTest, TightStoryRejectsATopicOnlyNewcomer) {
  for (const bool tight : {false, true}) {
    ClusterOptions o;
    o.tight_members = tight ? 8 : 1000000;
    OnlineClusterer c(o);
    for (uint64_t i = 0; i < 10; ++i) {
      const Assignment a = c.Add(Words({1, 2, 3, 4, 5, 6, 7, 8, 100 + i}));
      ASSERT_EQ(a.story, 0u) << i;
    }
    const Assignment other = c.Add(Words({1, 2, 3, 4, 50, 51, 52, 53}));
    EXPECT_GT(c.Similarity(Words({1, 2, 3, 4, 50, 51, 52, 53}), 0), o.threshold);
    EXPECT_EQ(other.new_story, tight) << "tight " << tight;
  }
}

// A tight story (ten reports, features 1-8) turns away a report of the topic's other event
// (features 1-4 and its own). A side story that shares only the topic with it (features 1-4,
// diluted by seven of its own) would take it at the base threshold; the settle rule makes it
// start its own story instead.
TEST(OnlineClustererTest, TurnedAwayArticleDoesNotSettleForALessSimilarStory) {
  for (const double settle : {0.0, 0.6}) {
    ClusterOptions o;
    o.settle_factor = settle;
    OnlineClusterer c(o);
    for (uint64_t i = 0; i < 10; ++i) c.Add(Words({1, 2, 3, 4, 5, 6, 7, 8, 100 + i}));
    const Assignment side = c.Add(Words({1, 2, 3, 4, 30, 31, 32, 33, 34, 35, 36}));
    ASSERT_TRUE(side.new_story);
    const ArticleFeatures other = Words({1, 2, 3, 4, 50, 51, 52, 53});
    const double to_tight = c.Similarity(other, 0);
    const double to_side = c.Similarity(other, side.story);
    ASSERT_GE(to_side, o.threshold);
    ASSERT_LT(to_side, 0.6 * to_tight);
    const Assignment a = c.Add(other);
    EXPECT_EQ(a.new_story, settle > 0) << "settle " << settle;
    if (settle == 0) {
      EXPECT_EQ(a.story, side.story);
    }
  }
}

TEST(OnlineClustererTest, TimeDecaySeparatesDistantEvents) {
  const std::string a =
      "Firefighters battled a wildfire near Santa Rosa as strong winds pushed flames toward "
      "homes in Sonoma County; thousands were told to evacuate.";
  const std::string b =
      "A wildfire near Santa Rosa forced thousands in Sonoma County to evacuate as winds drove "
      "flames toward homes, firefighters said.";
  for (const auto& [date_b, same] :
       std::vector<std::pair<std::string, bool>>{{"2020-08-02", true}, {"2021-09-30", false}}) {
    StoryEngine engine;
    const Placement pa = engine.Place(engine.Sketch(Doc("a", a, "2020-08-01")));
    const Placement pb = engine.Place(engine.Sketch(Doc("b", b, date_b)));
    EXPECT_EQ(pa.story == pb.story, same) << date_b;
  }
}

TEST(OnlineClustererTest, NearDuplicateIsACopyOfItsOrigin) {
  ReadResult in = ReadInputs({testing::SeedsDir()});
  ASSERT_FALSE(in.docs.empty());
  StoryEngine engine;
  Document copy = in.docs[0];
  copy.id = "copy";
  copy.text += "\nRead more on our website.";
  const Placement origin = engine.Place(engine.Sketch(in.docs[0]));
  const Placement p = engine.Place(engine.Sketch(copy));
  ASSERT_TRUE(p.copy_of.has_value());
  EXPECT_EQ(*p.copy_of, 0u);
  EXPECT_EQ(p.story, origin.story);
  EXPECT_EQ(engine.clusterer().story_size(origin.story), 2u);
}

}  // namespace
}  // namespace chorus::cluster
