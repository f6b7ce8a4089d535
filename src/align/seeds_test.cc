// Alignment, garbling and source quality on the five real seed reports (../shared/seeds).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "align/aligner.h"
#include "align/garbling.h"
#include "align/source_quality.h"
#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

const StoryText& Seeds() {
  static const StoryText story = PrepareStory(ReadInputs({testing::SeedsDir()}).docs);
  return story;
}

// Index of the seed whose id starts with prefix ("001").
uint32_t Seed(const StoryText& story, const std::string& prefix) {
  for (uint32_t d = 0; d < story.docs.size(); ++d) {
    if (story.docs[d].id.rfind(prefix, 0) == 0) return d;
  }
  ADD_FAILURE() << "no seed " << prefix;
  return 0;
}

std::vector<std::string> SourcePrefixes(const StoryText& story, const FactGroup& f) {
  std::vector<std::string> out;
  for (const SentenceRef& m : f.members) out.push_back(story.docs[m.doc].id.substr(0, 3));
  return out;
}

// The fact whose members all mention every word in words, with the most members.
const FactGroup* FactMentioning(const StoryText& story, const std::vector<FactGroup>& facts,
                                const std::vector<std::string>& words, size_t min_hits) {
  const FactGroup* best = nullptr;
  for (const FactGroup& f : facts) {
    size_t hits = 0;
    for (const SentenceRef& m : f.members) {
      bool all = true;
      for (const std::string& w : words) all = all && story.Text(m).find(w) != std::string::npos;
      hits += all ? 1 : 0;
    }
    if (hits >= min_hits && (best == nullptr || f.members.size() > best->members.size())) {
      best = &f;
    }
  }
  return best;
}

class SeedAlignTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (Seeds().docs.size() != 5) GTEST_SKIP() << "seeds not found";
  }
  static const std::vector<FactGroup>& Facts() {
    static const std::vector<FactGroup> facts = AlignFacts(Seeds(), ScoreGarbling(Seeds()));
    return facts;
  }
};

TEST_F(SeedAlignTest, NegotiatingTeamIsOneFactOfFourOutlets) {
  const FactGroup* team = FactMentioning(Seeds(), Facts(), {"Ratcliffe"}, 2);
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(SourcePrefixes(Seeds(), *team), (std::vector<std::string>{"000", "001", "002", "004"}));
  EXPECT_EQ(team->origins, 4);
  const std::string_view text = Seeds().Text(team->representative);
  for (const char* name : {"Rubio", "Ratcliffe", "Waltz", "Witkoff"}) {
    EXPECT_NE(text.find(name), std::string_view::npos) << name << " missing from " << text;
  }
  EXPECT_NE(team->representative.doc, Seed(Seeds(), "001"));
}

TEST_F(SeedAlignTest, MillionsOfDeathsAlignAcrossOutlets) {
  const FactGroup* deaths = FactMentioning(Seeds(), Facts(), {"millions of deaths"}, 2);
  ASSERT_NE(deaths, nullptr);
  EXPECT_GE(deaths->members.size(), 4u);
  for (const SentenceRef& m : deaths->members) {
    EXPECT_NE(Seeds().Text(m).find("deaths"), std::string_view::npos) << Seeds().Text(m);
  }
}

TEST_F(SeedAlignTest, FactsHoldAtMostOneSentencePerOutletAndShareContent) {
  size_t multi = 0;
  for (const FactGroup& f : Facts()) {
    std::set<uint32_t> docs;
    for (const SentenceRef& m : f.members) EXPECT_TRUE(docs.insert(m.doc).second);
    EXPECT_NE(std::find(f.members.begin(), f.members.end(), f.representative), f.members.end());
    multi += f.members.size() > 1 ? 1 : 0;
  }
  EXPECT_GE(multi, 8u);
  // Unrelated statements stay apart: the Fogel release and the Hegseth remarks are different
  // facts, and nothing about Kellogg (one outlet) is merged with other outlets.
  const FactGroup* kellogg = FactMentioning(Seeds(), Facts(), {"Kellogg"}, 1);
  ASSERT_NE(kellogg, nullptr);
  EXPECT_EQ(kellogg->members.size(), 1u);
}

TEST_F(SeedAlignTest, RepresentativesAreNotGarbled) {
  const SentenceScores g = ScoreGarbling(Seeds());
  for (const FactGroup& f : Facts()) {
    if (f.members.size() < 2) continue;
    const SentenceRef r = f.representative;
    EXPECT_LT(g[r.doc][r.sentence], 0.5) << Seeds().Text(r);
  }
}

TEST_F(SeedAlignTest, MachineTranslationSignsAreFound) {
  const StoryText& story = Seeds();
  const SentenceScores g = ScoreGarbling(story);
  const uint32_t mt = Seed(story, "001");
  for (const char* sign : {"I proposed", "It emphasizes", "I came on the same day",
                           "I made it clear", "Volodymie", "Hegses", "Witkov"}) {
    bool found = false;
    for (uint32_t i = 0; i < story.sentences[mt].size(); ++i) {
      if (story.Text({mt, i}).find(sign) == std::string_view::npos) continue;
      found = true;
      EXPECT_GT(g[mt][i], 0.5) << story.Text({mt, i});
    }
    EXPECT_TRUE(found) << sign;
  }
  const uint32_t clean = Seed(story, "003");
  for (uint32_t i = 0; i < g[clean].size(); ++i) {
    EXPECT_LT(g[clean][i], 0.5) << story.Text({clean, i});
  }
}

TEST_F(SeedAlignTest, MachineTranslatedReportHasTheLowestQuality) {
  const StoryText& story = Seeds();
  const SentenceScores g = ScoreGarbling(story);
  const std::vector<SourceQuality> q = ScoreSources(story, g, Facts());
  const uint32_t mt = Seed(story, "001");
  for (uint32_t d = 0; d < q.size(); ++d) {
    if (d != mt) {
      EXPECT_LT(q[mt].score, q[d].score - 0.1) << story.docs[d].id;
    }
  }
  EXPECT_GE(q[Seed(story, "003")].score, 0.85);
  auto has = [&](uint32_t d, const std::string& prefix) {
    return std::any_of(q[d].flags.begin(), q[d].flags.end(),
                       [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
  };
  EXPECT_TRUE(has(mt, "garbled"));
  EXPECT_TRUE(has(mt, "misspelt-names"));
  EXPECT_TRUE(has(mt, "person-shift"));
  EXPECT_FALSE(has(Seed(story, "003"), "garbled"));
  EXPECT_FALSE(has(Seed(story, "002"), "misspelt-names"));
}

}  // namespace
}  // namespace chorus
